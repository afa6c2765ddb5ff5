// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The word-list reader behind dictionaries/words.txt and the personal dictionary
// (parseWordList): arbitrary bytes in, and the words it accepts must be words the
// personal dictionary can write back and read again unchanged.
#include "data/data_error.hpp"
#include "data/word_list.hpp"
#include "engine/linter.hpp"
#include "fuzz_common.hpp"

using namespace overture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::asText(data, size);
    std::vector<std::string> words;
    try {
        words = parseWordList(text, "personal.dic");
    } catch (const DataError& e) {
        const std::string message = e.what();
        FUZZ_CHECK(message.rfind("personal.dic:", 0) == 0); // names the file and line
        FUZZ_CHECK(message.find('\n') == std::string::npos);
        return 0;
    }
    std::string written;
    for (const std::string& w : words) {
        FUZZ_CHECK(!w.empty() && w.size() <= 100);
        FUZZ_CHECK(w.find_first_of(" \t\n#") == std::string::npos);
        FUZZ_CHECK(!text::findInvalidUtf8(w));
        written += w + "\n";
    }
    // PersonalDictionary::add writes one word a line; loading that gives the same words.
    FUZZ_CHECK(parseWordList(written, "personal.dic") == words);

    // The words feed the spelling rule's accepted set; lint a draft made of them.
    Linter linter(fuzz::shipped().lintData);
    for (const std::string& w : words)
        linter.acceptWord(w);
    std::string draft;
    for (std::size_t i = 0; i < words.size() && i < 50; ++i)
        draft += words[i] + " ";
    Recipient card;
    const Report report = linter.lint(draft, card);
    for (const Finding& f : report.findings)
        fuzz::checkFinding(f, draft);
    return 0;
}
