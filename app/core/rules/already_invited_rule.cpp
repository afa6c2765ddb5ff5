#include "rules/already_invited_rule.hpp"

#include "history/note_history.hpp"

#include <string_view>

namespace overture {

void AlreadyInvitedRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
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
    std::string message = "You already sent " + ctx.card.name + " a note";
    if (!latest->sentAt.empty())
        message += " (" + describeAge(latest->sentAt) + ", " + latest->sentAt.substr(0, 10) + ")";
    out.push_back(makeFinding(Span{0, 0}, std::move(message),
                              "A second invitation to someone who did not answer the first rarely "
                              "helps; wait, or write somewhere else."));
}

} // namespace overture
