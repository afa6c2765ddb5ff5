// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Letters without their accents, for comparing names as people type them: "Jose" greets
// "José García", "Zoe" greets "Zoë", "Nguyen" greets "Nguyễn". Every letter is case
// folded and decomposed by ICU (NFD) and its combining marks dropped; the few Latin
// letters that do not decompose (ß, æ, œ, ø, ł, đ, þ, ı) get their usual ASCII spelling.
// ASCII text takes a fast path without ICU.
#pragma once

#include <string>
#include <string_view>

namespace overture::text {

std::string withoutAccents(std::string_view utf8);

} // namespace overture::text
