// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// already-invited: this recipient already got a note (the history of notes sent).
#include "history/note_history.hpp"
#include "model/lint_options.hpp"
#include "rules/rule.hpp"

namespace overture {

namespace {

class AlreadyInvitedRule final : public Rule {
public:
    using Rule::Rule;
    void check(const LintContext& ctx, std::vector<Finding>& out) const override {
        if (ctx.options.history == nullptr)
            return;
        // The very note in the editor, recorded when it was copied, is this invitation, not
        // an earlier one: without this, every Copy would be followed by "You already sent".
        const auto trimmed = [](std::string_view s) {
            const auto first = s.find_first_not_of(" \t\r\n");
            if (first == std::string_view::npos)
                return std::string_view{};
            return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
        };
        const std::string_view draft = trimmed(ctx.text);
        const PastNote* latest = nullptr;
        for (const PastNote* n : ctx.options.history->sentTo(ctx.card))
            if (trimmed(n->text) != draft && (latest == nullptr || n->sentAt > latest->sentAt))
                latest = n;
        if (latest == nullptr)
            return;
        if (latest->sentAt.empty()) {
            out.push_back(makeFinding(ctx, Span{0, 0}, "sent", {{"name", ctx.card.name}}));
            return;
        }
        const std::string age = describeAge(latest->sentAt);
        const std::string date = latest->sentAt.substr(0, 10);
        out.push_back(makeFinding(ctx, Span{0, 0}, "sent-on",
                                  {{"name", ctx.card.name}, {"age", age}, {"date", date}}));
    }
};

} // namespace

OVERTURE_REGISTER_RULE(AlreadyInvited, AlreadyInvitedRule)

} // namespace overture
