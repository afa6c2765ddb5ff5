// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The history reader (--history FILE, the app's export): arbitrary bytes as the JSON
// array of sent notes, then the two questions the rules ask of it.
#include "data/data_error.hpp"
#include "fuzz_common.hpp"
#include "history/note_history.hpp"

using namespace overture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view json = fuzz::asText(data, size);
    NoteHistory history;
    try {
        history = NoteHistory::fromJson(json, "history.json");
    } catch (const DataError& e) {
        const std::string message = e.what();
        FUZZ_CHECK(message.rfind("history.json", 0) == 0);
        FUZZ_CHECK(message.find('\n') == std::string::npos);
        return 0;
    }
    Recipient card;
    card.name = "Priya Shah";
    card.company = "Northwind";
    const auto similar = history.findSimilar(
        "Hi Priya, I enjoyed your talk at the Leeds Data Meetup on streaming pipelines.", card);
    FUZZ_CHECK(similar.count <= history.size());
    FUZZ_CHECK(similar.bestSimilarity >= 0.0 && similar.bestSimilarity <= 1.0);
    (void)history.sentTo(card);
    for (const PastNote& n : history.notes()) {
        (void)describeAge(n.sentAt);
        Recipient theirs;
        theirs.name = n.name;
        theirs.company = n.company;
        FUZZ_CHECK(history.findSimilar(n.text, theirs, 0.0).count <= history.size());
        (void)history.sentTo(theirs);
        const double self = NoteHistory::similarity(n.text, theirs, n.text, theirs);
        FUZZ_CHECK(self >= 0.0 && self <= 1.0);
    }
    // The app's export reads back as the same notes.
    const NoteHistory reread = NoteHistory::fromJson(history.toJson(), "exported history.json");
    FUZZ_CHECK(reread.size() == history.size());
    for (std::size_t i = 0; i < reread.size(); ++i)
        FUZZ_CHECK(reread.notes()[i].text == history.notes()[i].text);
    return 0;
}
