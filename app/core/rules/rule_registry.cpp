// The one place that knows which class implements which rule id (clang-tidy's
// ClangTidyCheckFactories). Every id of the catalogue must appear here exactly once;
// tests/core/rule_registry_test.cpp checks that.
#include "engine/rule.hpp"
#include "rules/already_invited_rule.hpp"
#include "rules/default_text_rule.hpp"
#include "rules/false_relationship_rule.hpp"
#include "rules/length_rule.hpp"
#include "rules/no_ask_rule.hpp"
#include "rules/no_reason_rule.hpp"
#include "rules/no_specifics_rule.hpp"
#include "rules/phrase_rule.hpp"
#include "rules/placeholder_rule.hpp"
#include "rules/repeated_note_rule.hpp"
#include "rules/sentence_count_rule.hpp"
#include "rules/shouting_rule.hpp"
#include "rules/spelling_rule.hpp"
#include "rules/wrong_name_rule.hpp"

#include <functional>
#include <stdexcept>
#include <string_view>

namespace overture {

namespace {
template <typename R> std::unique_ptr<Rule> make(const RuleInfo& info) {
    return std::make_unique<R>(info);
}

struct Factory {
    std::string_view id;
    std::unique_ptr<Rule> (*create)(const RuleInfo&);
};

constexpr Factory kFactories[] = {
    {"default-text", make<DefaultTextRule>},
    {"false-relationship", make<FalseRelationshipRule>},
    {"generic-phrase", make<PhraseRule>},
    {"no-specifics", make<NoSpecificsRule>},
    {"no-reason", make<NoReasonRule>},
    {"no-ask", make<NoAskRule>},
    {"placeholder", make<PlaceholderRule>},
    {"length", make<LengthRule>},
    {"sentence-count", make<SentenceCountRule>},
    {"sales-pitch", make<PhraseRule>},
    {"meeting-request", make<PhraseRule>},
    {"flattery", make<PhraseRule>},
    {"apology", make<PhraseRule>},
    {"shouting", make<ShoutingRule>},
    {"spelling", make<SpellingRule>},
    {"repeated-note", make<RepeatedNoteRule>},
    {"already-invited", make<AlreadyInvitedRule>},
    {"wrong-name", make<WrongNameRule>},
};
} // namespace

std::vector<std::unique_ptr<Rule>> createAllRules() {
    std::vector<std::unique_ptr<Rule>> rules;
    for (const RuleInfo& info : ruleCatalog()) {
        const Factory* factory = nullptr;
        for (const Factory& f : kFactories)
            if (f.id == info.id)
                factory = &f;
        if (factory == nullptr)
            throw std::logic_error("no rule class registered for \"" + std::string(info.id) + "\"");
        rules.push_back(factory->create(info));
    }
    return rules;
}

} // namespace overture
