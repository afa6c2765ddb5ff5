// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The enumerations QML compares against (Lint.Error, Lint.Fail, Lint.SpellingOn ...),
// instead of the strings "error", "fail", "on" the bindings used to compare: a typo in
// an enum name is a qmllint error, a typo in a string was a silent false.
#pragma once

#include "model/finding.hpp"
#include "model/report.hpp"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace overture::gui::Lint {
Q_NAMESPACE
QML_NAMED_ELEMENT(Lint)

// The same order as overture::Severity, so a cast converts.
enum Severity { Hint, Warning, Error };
Q_ENUM_NS(Severity)

// The same order as overture::Grade.
enum Grade { Ok, Warn, Fail };
Q_ENUM_NS(Grade)

// The counter against the note's limit.
enum CounterState { Within, NearLimit, OverLimit };
Q_ENUM_NS(CounterState)

enum SpellingState { SpellingLoading, SpellingOn, SpellingOff };
Q_ENUM_NS(SpellingState)

static_assert(static_cast<int>(overture::Severity::Error) == Error &&
              static_cast<int>(overture::Severity::Hint) == Hint);
static_assert(static_cast<int>(overture::Grade::Fail) == Fail &&
              static_cast<int>(overture::Grade::Ok) == Ok);

inline Severity toQml(overture::Severity s) {
    return static_cast<Severity>(s);
}
inline Grade toQml(overture::Grade g) {
    return static_cast<Grade>(g);
}

} // namespace overture::gui::Lint
