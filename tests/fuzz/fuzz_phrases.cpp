// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The language pack's loaders: arbitrary bytes as a pattern file (patterns/*.json) and as
// classes.json beside the shipped manifest; whatever loads is compiled into LintData (the
// one matcher) and used to lint a few drafts, so a strange but valid pattern file can
// never crash or hang the linter, and a broken one is one line naming the file.
#include "data/data_error.hpp"
#include "engine/linter.hpp"
#include "fuzz_common.hpp"
#include "phrases/language_pack.hpp"

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

// The shipped manifest (lists, morphology) and classes, read once from the built-in copies.
const std::string& manifest() {
    static const std::string text(embeddedFile("dictionaries/en/language.json"));
    return text;
}
const std::string& classes() {
    static const std::string text(embeddedFile("dictionaries/en/classes.json"));
    return text;
}

LanguagePack basePack(bool withClasses) {
    LanguagePack pack;
    std::vector<std::string> files;
    parseLanguageManifest(manifest(), "language.json", pack, files);
    if (withClasses)
        parseClasses(classes(), "classes.json", pack);
    return pack;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string json(fuzz::asText(data, size));
    try {
        LanguagePack pack = basePack(true);
        parsePatternFile(json, "patterns/fuzz.json", pack);
        lintDrafts(LintData::build(std::move(pack)));
    } catch (const DataError& e) {
        checkError(e, "patterns/fuzz.json");
    }
    try {
        LanguagePack pack = basePack(false);
        parseClasses(json, "classes.json", pack);
        // A small pattern file keeps the executions fast and uses the classes.
        parsePatternFile(R"({"rule":"generic-phrase","level":"warning","message":"m","why":"w",
            "groups":[{"name":"g","patterns":["pick your brain","@positive-adj to ~meet you"]}]})",
                         "patterns/small.json", pack);
        lintDrafts(LintData::build(std::move(pack)));
    } catch (const DataError& e) {
        const std::string message = e.what();
        FUZZ_CHECK(message.find('\n') == std::string::npos);
    }
    return 0;
}
