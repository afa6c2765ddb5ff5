// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// repeated-note: nearly the same note already went to someone else (the history of notes
// sent, LintOptions::history).
#include "history/note_history.hpp"
#include "model/lint_options.hpp"
#include "rules/rule.hpp"

namespace overture {

namespace {

class RepeatedNoteRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.options.history == nullptr || ctx.words.size() == 0)
            return;
        const SimilarNotes similar = ctx.options.history->findSimilar(ctx.text, ctx.card);
        if (similar.count == 0 || similar.latest == nullptr)
            return;
        const PastNote& latest = *similar.latest;
        const std::string count = std::to_string(similar.count);
        const std::string who = latest.name.empty() ? text(ctx, "someone") : latest.name;
        const std::string age =
            latest.sentAt.empty() ? std::string() : ", " + describeAge(latest.sentAt);
        out.push_back(makeFinding(ctx, Span{0, ctx.text.size()},
                                  similar.count == 1 ? "sent-once" : "sent-many",
                                  {{"count", count}, {"name", who}, {"age", age}}));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(RepeatedNote, RepeatedNoteRule)

} // namespace overture
