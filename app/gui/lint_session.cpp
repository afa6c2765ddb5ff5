// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lint_session.hpp"

#include "anatomy_model.hpp"
#include "data/data_locator.hpp"
#include "draft_document.hpp"
#include "engine/linter.hpp"
#include "engine/load_lint_data.hpp"
#include "findings_model.hpp"
#include "history_store.hpp"
#include "problem_log.hpp"
#include "recipient_card.hpp"
#include "rule_list_model.hpp"
#include "rules/rule_catalog.hpp"
#include "scorecard_model.hpp"
#include "spelling.hpp"
#include "text/utf8.hpp"
#include "user_settings.hpp"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace overture::gui {

namespace {
constexpr int kNearLimitMargin = 20; // the counter turns amber this close to the limit

QString fromView(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString dismissKeyOf(const QString& rule, const QString& match) {
    return rule + QLatin1Char('\x1f') + match;
}
} // namespace

LintSession::LintSession(const Parts& parts, QObject* parent)
    : QObject(parent), parts_(parts), findings_(new FindingsModel(this)),
      scorecard_(new ScorecardModel(this)), anatomy_(new AnatomyModel(this)) {
    LoadedLintData loaded =
        loadLintData(findDataDir(), packLanguage(parts_.spelling->language().toStdString()));
    for (const auto& p : loaded.problems)
        parts_.problems->add(QString::fromStdString(p));
    lintData_ = loaded.data;
    rules_ = new RuleListModel(parts.settings, lintData_, this);
    linter_ = std::make_unique<Linter>(lintData_);
    for (const auto& w : parts_.spelling->personalWords())
        linter_->acceptWord(w);
    // Findings dismissed for this draft stay dismissed after a restart, like the draft.
    for (const QString& key :
         parts_.settings->value(QStringLiteral("draft/dismissed")).toStringList())
        dismissed_.insert(key);

    // Every change lints at once, in the same event: the frame that shows the new text
    // shows its underlines and its counter too.
    connect(parts_.document, &DraftDocument::textChanged, this, &LintSession::lintNow);
    connect(parts_.document, &DraftDocument::outOfDate, this, &LintSession::lintNow);
    connect(parts_.card, &RecipientCard::changed, this, &LintSession::lintNow);
    connect(parts_.history, &HistoryStore::changed, this, &LintSession::lintNow);
    connect(rules_, &RuleListModel::disabledChanged, this, &LintSession::lintNow);
    connect(parts_.spelling, &Spelling::spellerChanged, this, [this] {
        linter_->setSpeller(parts_.spelling->speller());
        lintNow();
    });
    connect(parts_.spelling, &Spelling::wordAdded, this, [this](const QString& word) {
        linter_->acceptWord(word.toStdString());
        lintNow();
    });
    connect(parts_.spelling, &Spelling::ignoredWordsChanged, this, &LintSession::lintNow);
    lintNow();
}

LintSession::~LintSession() = default;

void LintSession::lintNow() {
    const QString& text = parts_.document->text();
    const std::string utf8 = text.toStdString();
    LintOptions options;
    options.disabledRules = rules_->disabled();
    options.ignoredWords = parts_.spelling->ignoredWords();
    options.history = parts_.history->notes();
    Report report = linter_->lint(utf8, parts_.card->recipient(), options);
    // Nothing typed yet is not a note with problems: no "the note is empty" on a new draft.
    if (text.trimmed().isEmpty()) {
        dropFindings(report, [](const Finding&) { return true; });
        report.roles.clear();
    }

    // The scorecard and "ready" judge what is shown: a dismissed finding no longer counts.
    auto matchOf = [&](const Finding& f) {
        return fromView(std::string_view(utf8).substr(f.span.begin, f.span.end - f.span.begin));
    };
    // A finding about the whole note is dismissed by its rule alone: its "words" are the
    // whole note, which the next keystroke changes, and it would come straight back.
    auto dismissKeyFor = [&](const Finding& f) {
        const RuleInfo* info = findRuleInfo(f.rule);
        const bool wholeNote = info != nullptr && info->scope != RuleScope::Words;
        return dismissKeyOf(fromView(f.rule), wholeNote ? QString() : matchOf(f));
    };
    if (!dismissed_.empty())
        dropFindings(report,
                     [&](const Finding& f) { return dismissed_.contains(dismissKeyFor(f)); });
    report_ = std::move(report);
    scorecard_->setReport(report_);

    // The one place where the engine's byte offsets become the editor's UTF-16 positions.
    const text::Utf16Map map(utf8);
    anatomy_->setReport(report_, map);
    std::vector<FindingRow> rows;
    rows.reserve(report_.findings.size());
    // Identical findings (same rule and message about the same words, as a long paste
    // repeats them) are one card that underlines each: "×8", not eight cards.
    QHash<QString, std::size_t> cardOf;
    for (const Finding& f : report_.findings) {
        const TextRange range{static_cast<int>(map.toUtf16(f.span.begin)),
                              static_cast<int>(map.toUtf16(f.span.end))};
        const QString match = matchOf(f);
        const QString message = QString::fromStdString(f.message);
        const QString identity =
            fromView(f.rule) + QLatin1Char('\x1f') + match + QLatin1Char('\x1f') + message;
        if (const auto same = cardOf.constFind(identity); same != cardOf.cend()) {
            rows[*same].ranges.push_back(range);
            continue;
        }
        cardOf.insert(identity, rows.size());
        FindingRow row;
        row.rule = fromView(f.rule);
        row.reason = fromView(reasonId(f.reason));
        row.reasonLabel = fromView(reasonLabel(f.reason));
        row.reasonOrder = static_cast<int>(f.reason);
        row.reasonGrade = scorecard_->gradeOf(f.reason);
        row.severity = Lint::toQml(f.severity);
        row.start = range.start;
        row.end = range.end;
        row.ranges.push_back(range);
        row.match = match;
        row.message = message;
        row.explanation = QString::fromStdString(f.explanation);
        for (const auto& r : f.replacements)
            row.replacements << QString::fromStdString(r);
        if (f.reason == Reason::Spelling && row.replacements.isEmpty()) {
            row.canSuggest = !parts_.spelling->hasSuggestionsFor(match);
            if (!row.canSuggest)
                row.replacements = parts_.spelling->suggestionsFor(match);
        }
        row.dismissKey = dismissKeyFor(f);
        // Findings about the whole note are listed, not underlined: a wave under every
        // word would hide the ones that point at something.
        const RuleInfo* info = findRuleInfo(f.rule);
        row.underlined =
            (info == nullptr || info->scope == RuleScope::Words) && row.end > row.start;
        rows.push_back(std::move(row));
    }
    // Grouped by reason for the panel's sections; inside a group the most serious first
    // (an error never sits below a hint), then by position.
    std::stable_sort(rows.begin(), rows.end(), [](const FindingRow& a, const FindingRow& b) {
        if (a.reasonOrder != b.reasonOrder)
            return a.reasonOrder < b.reasonOrder;
        return a.severity > b.severity;
    });
    findings_->setRows(std::move(rows));
    emit reportChanged();
    emit linted();
}

QString LintSession::counterText() const {
    return QStringLiteral("%1 / %2 · %3 %4")
        .arg(characters())
        .arg(limit())
        .arg(sentences())
        .arg(sentences() == 1 ? QStringLiteral("sentence") : QStringLiteral("sentences"));
}

Lint::CounterState LintSession::counterState() const {
    if (characters() > limit())
        return Lint::OverLimit;
    if (characters() > limit() - kNearLimitMargin)
        return Lint::NearLimit;
    return Lint::Within;
}

bool LintSession::hasErrors() const {
    return std::any_of(report_.findings.begin(), report_.findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

bool LintSession::applyFix(QQuickTextDocument* document, int row, const QString& replacement) {
    if (row < 0 || row >= findings_->count())
        return false;
    const FindingRow& finding = findings_->rows()[static_cast<std::size_t>(row)];
    // Copies: the edit lints again, and the rows are replaced.
    const std::vector<TextRange> ranges = finding.ranges;
    const QString match = finding.match;
    return parts_.document->replaceRanges(document, ranges, replacement, match);
}

void LintSession::suggestSpellings(int row) {
    if (row < 0 || row >= findings_->count())
        return;
    const QString word = findings_->rows()[static_cast<std::size_t>(row)].match;
    parts_.spelling->suggestionsFor(word); // remembered: the lint shows them as fixes
    lintNow();
}

void LintSession::dismiss(const QString& dismissKey) {
    dismissed_.insert(dismissKey);
    saveDismissed();
    lintNow();
}

void LintSession::restoreDismissed() {
    dismissed_.clear();
    saveDismissed();
    lintNow();
}

QStringList LintSession::errorMessages() const {
    QStringList out;
    for (const Finding& f : report_.findings)
        if (f.severity == Severity::Error && !out.contains(QString::fromStdString(f.message)))
            out << QString::fromStdString(f.message);
    return out;
}

void LintSession::setDismissedKeys(std::set<QString> keys) {
    dismissed_ = std::move(keys);
    saveDismissed();
    lintNow();
}

void LintSession::forgetDismissed() {
    dismissed_.clear();
    saveDismissed();
}

void LintSession::saveDismissed() {
    QStringList list;
    for (const auto& key : dismissed_)
        list << key;
    parts_.settings->setValue(QStringLiteral("draft/dismissed"), list);
}

} // namespace overture::gui
