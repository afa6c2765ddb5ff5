// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The phrase-list loader: arbitrary bytes as dictionaries/phrases.json and as
// dictionaries/signals.json; whatever loads is compiled into LintData (the one phrase
// matcher) and used to lint a few drafts, so a strange but valid phrase list can never
// crash or hang the linter.
#include "data/data_error.hpp"
#include "engine/linter.hpp"
#include "fuzz_common.hpp"

using namespace overture;

namespace {

constexpr std::string_view kDrafts[] = {
    "Hi Priya, I'd like to add you to my professional network on LinkedIn.",
    "Hi [Name], great to see you again! As we discussed, I'd love to pick your brain over "
    "coffee. Thanks!!!",
    "I enjoyed your talk at the Leeds Data Meetup on streaming pipelines because I work on "
    "the same problems at Acme. Would you be open to staying in touch?",
    "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
    "",
};

void lintDrafts(const std::shared_ptr<const LintData>& data) {
    Linter linter(data);
    Recipient card;
    card.name = "Priya Shah";
    card.company = "Northwind";
    card.relationship = Relationship::NeverInteracted;
    for (const std::string_view draft : kDrafts) {
        const Report report = linter.lint(draft, card);
        for (const Finding& f : report.findings)
            fuzz::checkFinding(f, draft);
    }
}

void checkError(const DataError& e, const char* file) {
    const std::string message = e.what();
    FUZZ_CHECK(message.rfind(file, 0) == 0);
    FUZZ_CHECK(message.find('\n') == std::string::npos);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& shipped = fuzz::shipped();
    const std::string_view json = fuzz::asText(data, size);
    try {
        PhraseBook book = PhraseBook::fromJson(json, "phrases.json");
        for (const PhraseEntry& e : book.entries()) {
            FUZZ_CHECK(!e.words.empty());
            FUZZ_CHECK(e.words.front() != "*");
        }
        lintDrafts(LintData::build(std::move(book), shipped.signals, shipped.words));
    } catch (const DataError& e) {
        checkError(e, "phrases.json");
    }
    try {
        Signals signals = Signals::fromJson(json, "signals.json");
        // The shipped phrase book is large; a small one keeps the executions fast.
        static const PhraseBook small = PhraseBook::fromJson(
            R"({"entries":[
              {"phrase":"I'd like to add you to my professional network on LinkedIn",
               "rule":"default-text","message":"m","fuzzy":true},
              {"phrase":"great to see you * again","rule":"false-relationship","message":"m",
               "permitted_by":["met-in-person"]},
              {"phrase":"pick your brain","rule":"generic-phrase","message":"m"}]})",
            "small phrases.json");
        lintDrafts(LintData::build(small, std::move(signals), shipped.words));
    } catch (const DataError& e) {
        checkError(e, "signals.json");
    }
    return 0;
}
