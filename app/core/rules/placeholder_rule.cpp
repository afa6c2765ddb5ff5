#include "rules/placeholder_rule.hpp"

#include <array>
#include <utility>

namespace overture {

std::string cardValueFor(const std::string& key, const Recipient& card) {
    using Field = std::string (*)(const Recipient&);
    static const std::array<std::pair<std::string_view, Field>, 22> kFields = {{
        {"name", [](const Recipient& c) { return c.name; }},
        {"fullname", [](const Recipient& c) { return c.name; }},
        {"recipientname", [](const Recipient& c) { return c.name; }},
        {"firstname", [](const Recipient& c) { return c.firstName(); }},
        {"first", [](const Recipient& c) { return c.firstName(); }},
        {"fname", [](const Recipient& c) { return c.firstName(); }},
        {"company", [](const Recipient& c) { return c.company; }},
        {"companyname", [](const Recipient& c) { return c.company; }},
        {"organization", [](const Recipient& c) { return c.company; }},
        {"organisation", [](const Recipient& c) { return c.company; }},
        {"org", [](const Recipient& c) { return c.company; }},
        {"role", [](const Recipient& c) { return c.role; }},
        {"title", [](const Recipient& c) { return c.role; }},
        {"jobtitle", [](const Recipient& c) { return c.role; }},
        {"position", [](const Recipient& c) { return c.role; }},
        {"context", [](const Recipient& c) { return c.context; }},
        {"event", [](const Recipient& c) { return c.context; }},
        {"topic", [](const Recipient& c) { return c.context; }},
        {"group", [](const Recipient& c) { return c.context; }},
        {"school", [](const Recipient& c) { return c.context; }},
        {"place", [](const Recipient& c) { return c.context; }},
        {"reason", [](const Recipient& c) { return c.reason; }},
    }};
    for (const auto& [name, field] : kFields)
        if (name == key)
            return field(card);
    return {};
}

void PlaceholderRule::check(const LintContext& ctx, std::vector<Finding>& out) const {
    for (const Placeholder& p : ctx.placeholders) {
        const std::string shown(ctx.slice(p.span));
        Finding f = makeFinding(p.span, "Unfilled placeholder \"" + shown + "\"",
                                "A template leftover tells the recipient the note went to a list.");
        if (const std::string value = cardValueFor(p.key, ctx.card); !value.empty())
            f.replacements.push_back(value);
        out.push_back(std::move(f));
    }
}

} // namespace overture
