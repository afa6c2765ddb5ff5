// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// --history with the export of a large history: 200 000 notes make a
// JSON file of about 70 MB, which the CLI refused (its limit was 64 MiB, because it built
// a DOM of several hundred MB). It is now read a note at a time.
#include "cli_support.hpp"
#include "history/history_json.hpp"

#include <fstream>

using namespace overture::clitest;

TEST_CASE("cli --history: the export of a 200 000-note history is read as a stream") {
    const auto path = scratchDir() / "big-export.json";
    {
        std::vector<overture::PastNote> notes;
        notes.reserve(200000);
        for (int i = 0; i < 200000; ++i)
            notes.push_back(overture::PastNote{
                "Hi Sam, I enjoyed your talk number " + std::to_string(i) +
                    " on streaming pipelines and schema registries at the Leeds data meetup "
                    "last Thursday. I am building something similar at work and would value "
                    "comparing notes on how you rolled out contracts across teams; could we "
                    "connect?",
                "Person " + std::to_string(i), "Company " + std::to_string(i % 97), "met-in-person",
                "2026-11-20T10:00:00Z"});
        notes.push_back(overture::PastNote{"Hi Priya, good to see you at the Leeds meetup.",
                                           "Priya Shah", "Northwind", "met-in-person",
                                           "2026-11-21T10:00:00Z"});
        std::ofstream out(path, std::ios::binary);
        REQUIRE(overture::writeHistoryJson(out, notes));
    }
    REQUIRE(std::filesystem::file_size(path) > std::size_t{64} * 1024 * 1024);
    const Run r = lint({"--no-spell", "--format", "json", "--name", "Priya Shah", "--company",
                        "Northwind", "--history", path.string(), "-"},
                       "Hi Priya, I would like to hear more about your schema registry rollout.");
    INFO(r.err);
    CHECK(r.err.empty());
    CHECK(hasRule(r.json(), "already-invited"));
    std::filesystem::remove(path);
}
