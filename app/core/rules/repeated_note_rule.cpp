#include "rules/repeated_note_rule.hpp"

#include "history/note_history.hpp"

namespace overture {

void RepeatedNoteRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    if (ctx.options.history == nullptr || ctx.words.size() == 0)
        return;
    const SimilarNotes similar = ctx.options.history->findSimilar(ctx.text, ctx.card);
    if (similar.count == 0 || similar.latest == nullptr)
        return;
    std::string message = "You sent almost the same note to " + std::to_string(similar.count) +
                          (similar.count == 1 ? " person" : " people");
    const PastNote& latest = *similar.latest;
    std::string who = latest.name.empty() ? "someone" : latest.name;
    message +=
        " (latest: " + who + (latest.sentAt.empty() ? "" : ", " + describeAge(latest.sentAt)) + ")";
    out.push_back(makeFinding(Span{0, ctx.text.size()}, std::move(message),
                              "A note that went to many people reads as sent to anyone; change "
                              "what is specific to this person."));
}

} // namespace overture
