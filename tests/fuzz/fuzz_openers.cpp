// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The opener library loader and the placeholder filler: arbitrary bytes as openers.json
// (the shipped file or the person's own), then every opener filled from a few cards,
// filtered, and written back as the person's own file.
#include "data/data_error.hpp"
#include "fuzz_common.hpp"
#include "openers/opener_library.hpp"

using namespace overture;

namespace {

void checkFilled(const FilledOpener& filled) {
    std::size_t previousEnd = 0;
    for (const Span& s : filled.unfilled) {
        FUZZ_CHECK(s.begin < s.end);
        FUZZ_CHECK(s.end <= filled.text.size());
        FUZZ_CHECK(s.begin >= previousEnd);
        FUZZ_CHECK(filled.text[s.begin] == '{' && filled.text[s.end - 1] == '}');
        previousEnd = s.end;
    }
}

std::vector<Recipient> cards() {
    std::vector<Recipient> out(4);
    out[1].name = "Priya Shah";
    out[1].company = "Northwind";
    out[1].role = "Head of Data";
    out[1].context = "the Leeds Data Meetup";
    out[1].reason = "streaming pipelines";
    out[1].relationship = Relationship::MetInPerson;
    // Values that look like placeholders must not be filled again.
    out[2].name = "{first_name} {name}";
    out[2].company = "{";
    out[2].context = "}{context}{";
    out[2].relationship = Relationship::NeverInteracted;
    out[3].name = "  \t ";
    out[3].company = std::string("N\0L", 3);
    out[3].context = "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<Recipient> kCards = cards();
    const std::string_view json = fuzz::asText(data, size);
    OpenerLibrary library;
    try {
        library = OpenerLibrary::fromJson(json, "openers.json", size % 2 == 0);
    } catch (const DataError& e) {
        const std::string message = e.what();
        FUZZ_CHECK(message.rfind("openers.json", 0) == 0);   // names the file
        FUZZ_CHECK(message.find('\n') == std::string::npos); // one line
        return 0;
    }
    for (const Opener& op : library.all()) {
        FUZZ_CHECK(!op.id.empty() && !op.text.empty());
        for (const Recipient& card : kCards)
            checkFilled(fillOpener(op, card));
        checkFilled(fillOpener(op, exampleCard(op)));
        checkFilled(fillPlaceholders(op.text, op.example));
        FUZZ_CHECK(library.find(op.id) == &op);
    }
    for (const Recipient& card : kCards)
        (void)library.filter(card.relationship, card.name);
    if (!library.all().empty())
        (void)library.filter(std::nullopt, library.all().front().title);

    // What the editor writes for the person's own openers reads back the same.
    const std::string written = library.toJson();
    const OpenerLibrary reread = OpenerLibrary::fromJson(written, "own openers.json", true);
    FUZZ_CHECK(reread.all().size() == library.all().size());
    for (std::size_t i = 0; i < reread.all().size(); ++i) {
        FUZZ_CHECK(reread.all()[i].id == library.all()[i].id);
        FUZZ_CHECK(reread.all()[i].text == library.all()[i].text);
        FUZZ_CHECK(reread.all()[i].relationships == library.all()[i].relationships);
    }
    OpenerLibrary merged = library;
    merged.merge(reread);
    FUZZ_CHECK(merged.all().size() == library.all().size());
    return 0;
}
