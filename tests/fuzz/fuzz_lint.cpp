// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Lints arbitrary bytes with an arbitrary recipient card, as overture-lint does.
//
// Input layout (see corpus/fuzz_lint/ for examples):
//   byte 0   relationship: value % 9 (8 = none declared)
//   byte 1   limit: 0 -> 300, 1 -> 200, 2 -> bytes 3..6 as a raw int, else the byte * 3
//   byte 2   flags: 1 spelling (Hunspell en_US when installed), 2 suggestions with a fake
//            speller instead, 4 history of sent notes, 8 disable a few rules
//   bytes 3..6  the raw limit (always skipped)
//   then     name \x1e company \x1e role \x1e context \x1e reason \x1e draft text
// Card fields are passed on as they are (the CLI does not check them either); the draft
// is skipped when it is not valid UTF-8, exactly as overture-lint refuses it (exit 2).
#include "cli/text_output.hpp"
#include "engine/linter.hpp"
#include "fuzz_common.hpp"
#include "history/note_history.hpp"
#include "model/report_json.hpp"
#include "spelling/hunspell_speller.hpp"

#include <cstring>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace overture;

namespace {

// A speller that knows nothing but a rule, so suggestions run without Hunspell's cost.
class FakeSpeller final : public Speller {
public:
    [[nodiscard]] bool isCorrect(std::string_view word) const override {
        return word.find('q') == std::string_view::npos &&
               word.find("zz") == std::string_view::npos;
    }
    [[nodiscard]] std::vector<std::string> suggest(std::string_view word,
                                                   std::size_t max) const override {
        std::vector<std::string> out;
        std::string w(word);
        for (std::size_t i = 0; i < max && i < 3; ++i)
            out.push_back(w.substr(0, w.size() / (i + 1)));
        return out;
    }
    [[nodiscard]] std::string language() const override { return "fake"; }
};

std::shared_ptr<const Speller> hunspell() {
    static std::shared_ptr<const Speller> speller = [] {
        std::string error;
        return std::shared_ptr<const Speller>(HunspellSpeller::open("en_US", error));
    }();
    return speller;
}

const NoteHistory& history() {
    static const NoteHistory h = [] {
        NoteHistory n;
        n.add({"Hi Priya, I enjoyed your talk at the Leeds Data Meetup on streaming pipelines. "
               "I work on similar problems at Acme and would like to stay in touch.",
               "Priya Shah", "Northwind", "met-in-person", "2025-10-01T09:30:00Z"});
        n.add({"Hi Tom, I enjoyed your talk at PyCon on testing. Would love to connect.", "Tom", "",
               "", "2024-02-29"});
        n.add({"", "", "", "", ""});
        return n;
    }();
    return h;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 7)
        return 0;
    const std::uint8_t relByte = data[0];
    const std::uint8_t limitByte = data[1];
    const std::uint8_t flags = data[2];
    std::int32_t rawLimit = 0;
    std::memcpy(&rawLimit, data + 3, sizeof rawLimit);
    std::string_view rest = fuzz::asText(data + 7, size - 7);

    Recipient card;
    if (relByte % 9 < 8)
        card.relationship = kAllRelationships.at(relByte % 9);
    card.limit = limitByte == 0   ? kDefaultNoteLimit
                 : limitByte == 1 ? kFreeAccountLimit
                 : limitByte == 2 ? rawLimit
                                  : limitByte * 3;
    std::string* fields[] = {&card.name, &card.company, &card.role, &card.context, &card.reason};
    for (std::string* field : fields) {
        const auto sep = rest.find('\x1e');
        if (sep == std::string_view::npos)
            break;
        *field = std::string(rest.substr(0, sep));
        rest.remove_prefix(sep + 1);
    }
    const std::string_view text = rest;
    if (text::findInvalidUtf8(text))
        return 0; // overture-lint: "invalid UTF-8 at byte N", exit 2

    std::shared_ptr<const Speller> speller;
    if ((flags & 2U) != 0)
        speller = std::make_shared<FakeSpeller>();
    else if ((flags & 1U) != 0)
        speller = hunspell();
    Linter linter(fuzz::shipped().lintData, speller);
    linter.acceptWord("Overture");
    LintOptions options;
    options.spelling = speller != nullptr;
    options.suggestions = (flags & 2U) != 0;
    if ((flags & 4U) != 0)
        options.history = &history();
    if ((flags & 8U) != 0)
        options.disabledRules = {"spelling", "no-specifics", "length"};

    const Report report = linter.lint(text, card, options);

    // What a user relies on: every finding points into the text, the counts are sane.
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        fuzz::checkFinding(report.findings[i], text);
        if (i > 0)
            FUZZ_CHECK(report.findings[i - 1].span.begin <= report.findings[i].span.begin);
        FUZZ_CHECK(options.disabledRules.count(report.findings[i].rule) == 0);
    }
    FUZZ_CHECK(report.stats.characters == text::utf16Length(text));
    FUZZ_CHECK(report.stats.characters <= text.size());
    FUZZ_CHECK(report.stats.words <= text.size());
    FUZZ_CHECK(report.stats.sentences <= report.stats.words);
    FUZZ_CHECK(report.stats.limit == card.limit);

    // Both of the CLI's outputs, as it prints them.
    const nlohmann::json json = reportToJson(report, text);
    const std::string dumped = json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    FUZZ_CHECK(!text::findInvalidUtf8(dumped));
    const auto parsed = nlohmann::json::parse(dumped);
    const std::size_t units = text::utf16Length(text);
    for (const auto& f : parsed.at("findings")) {
        const auto start = f.at("start").get<std::size_t>();
        const auto end = f.at("end").get<std::size_t>();
        FUZZ_CHECK(start <= end && end <= units);
    }
    std::ostringstream out;
    cli::printTextReport(out, report, text, "<stdin>");
    FUZZ_CHECK(!out.str().empty());
    return 0;
}
