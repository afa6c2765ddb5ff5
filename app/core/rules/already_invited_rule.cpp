#include "rules/already_invited_rule.hpp"

#include "history/note_history.hpp"

namespace overture {

void AlreadyInvitedRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.options.history == nullptr)
        return;
    const auto sent = ctx.options.history->sentTo(ctx.card);
    if (sent.empty())
        return;
    const PastNote* latest = sent.front();
    for (const PastNote* n : sent)
        if (n->sentAt > latest->sentAt)
            latest = n;
    std::string message = "You already sent " + ctx.card.name + " a note";
    if (!latest->sentAt.empty())
        message += " (" + describeAge(latest->sentAt) + ", " + latest->sentAt.substr(0, 10) + ")";
    out.push_back(makeFinding(Span{0, 0}, std::move(message),
                              "A second invitation to someone who did not answer the first rarely "
                              "helps; wait, or write somewhere else."));
}

} // namespace overture
