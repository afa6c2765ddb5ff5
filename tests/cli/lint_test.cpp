// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture-lint on a note: exit codes, the JSON report with UTF-16 offsets, the
// compiler-like text output, and LinkedIn's stock text with template leftovers sent to a
// stranger (three rules at once).
#include "cli_support.hpp"

using namespace overture::clitest;

TEST_CASE("cli: the issue's example reports default-text, false-relationship and placeholder") {
    const std::string note = "XXXX has indicated you are a Friend: I'd like to add you to my "
                             "professional network on LinkedIn. - XXXX";
    const Run text = lint({"--relationship", "never-interacted", "-"}, note);
    INFO(text.out << text.err);
    CHECK(text.exitCode == 1);
    CHECK(text.out.find("[default-text]") != std::string::npos);
    CHECK(text.out.find("[false-relationship]") != std::string::npos);
    CHECK(text.out.find("[placeholder]") != std::string::npos);

    const Run json = lint({"--relationship", "never-interacted", "--format", "json", "-"}, note);
    CHECK(json.exitCode == 1);
    const auto serious = rulesIn(json.json(), {"warning", "error"});
    for (const char* rule : {"default-text", "false-relationship", "placeholder"})
        CHECK_MESSAGE(std::count(serious.begin(), serious.end(), rule) >= 1, rule);
}

TEST_CASE("cli: exit 0 for a note with nothing at warning or above") {
    std::vector<std::string> args = kGoodCard;
    args.emplace_back("-");
    const Run r = lint(args, kGoodNote);
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("ready to send") != std::string::npos);
}

TEST_CASE("cli: exit 0 when only hints remain") {
    // No question or invitation: only the no-ask hint.
    const Run r =
        lint({"--name", "Priya", "--relationship", "follows-their-work", "--format", "json", "-"},
             "Hi Priya, your post on Kafka joins saved my team a week. I work on "
             "streaming at a Leeds startup because of posts like yours.");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    const auto j = r.json();
    CHECK(j["ready"] == true);
    CHECK(rulesIn(j, {"warning", "error"}).empty());
    CHECK(hasRule(j, "no-ask"));
}

TEST_CASE("cli: exit 1 for findings at warning or above, from a file too") {
    const auto file = writeFile("bad-note.txt", "Hi [Name], great post!\n");
    const Run r = lint({file.string()});
    CHECK(r.exitCode == 1);
    // Text output reads like a compiler's: file:line:col: severity: message [rule]
    CHECK(
        r.out.find(file.string() + ":1:4: error: Unfilled placeholder \"[Name]\" [placeholder]") !=
        std::string::npos);
    CHECK(r.out.find("not ready") != std::string::npos);
}

TEST_CASE("cli: text output gives line and column in characters, fixes and the counter") {
    const std::string note = "Hi Ana \xF0\x9F\x91\x8B,\nthanks, my friend! PLEASE ACCEPT "
                             "my invite.";
    const Run r = lint({"--relationship", "never-interacted", "--no-spell", "-"}, note);
    INFO(r.out);
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("<stdin>:2:9: error: \"my friend\" claims that you are friends") !=
          std::string::npos);
    CHECK(r.out.find("<stdin>:2:20: warning: Written in capitals [shouting]") != std::string::npos);
    CHECK(r.out.find("    fix: Please accept\n") != std::string::npos); // starts a sentence
    CHECK(r.out.find("54 / 300 characters \xC2\xB7 2 sentences \xC2\xB7 9 words\n") !=
          std::string::npos);
    CHECK(r.out.find("scorecard: indistinguishable=") != std::string::npos);
    CHECK(r.out.find("disingenuous=fail") != std::string::npos);
}

TEST_CASE("cli: JSON output has the shape the man page documents") {
    const Run r = lint({"--relationship", "never-interacted", "--format", "json", "-"},
                       "Hi [Name], I'd like to connect with you on LinkedIn.");
    CHECK(r.exitCode == 1);
    const auto j = r.json();
    REQUIRE(j.is_object());
    REQUIRE(j["findings"].is_array());
    REQUIRE_FALSE(j["findings"].empty());
    for (const auto& f : j["findings"]) {
        INFO(f.dump());
        CHECK(f["rule"].is_string());
        CHECK(f["reason"].is_string());
        const auto sev = f["severity"].get<std::string>();
        CHECK((sev == "error" || sev == "warning" || sev == "hint"));
        CHECK(f["start"].is_number_unsigned());
        CHECK(f["end"].is_number_unsigned());
        CHECK(f["match"].is_string());
        CHECK(f["message"].is_string());
        CHECK(f["suggestions"].is_array());
    }
    const auto& sc = j["scorecard"];
    REQUIRE(sc.is_object());
    for (const char* reason : {"indistinguishable", "disingenuous", "lacking-creativity", "lazy"}) {
        const auto g = sc[reason].get<std::string>();
        CHECK((g == "ok" || g == "warn" || g == "fail"));
    }
    CHECK(sc["lacking-creativity"] == "fail");
    CHECK(j["stats"]["characters"] == 52);
    CHECK(j["stats"]["words"].is_number_unsigned());
    CHECK(j["stats"]["sentences"] == 1);
    CHECK(j["stats"]["limit"] == 300);
    CHECK(j["ready"] == false);
    CHECK(r.out.back() == '\n');
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1); // one object, one line
}

TEST_CASE("cli: JSON offsets are UTF-16 code units and match is the covered text") {
    // 👩‍💻 (5 units, 11 bytes), é (1 unit, 2 bytes), ’ (1 unit, 3 bytes)
    const std::string note = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB Hi Zo\xC3\xA9, "
                             "it\xE2\x80\x99s me: my friend! Hi {company} team.";
    const Run r = lint({"--relationship", "never-interacted", "--format", "json", "-"}, note);
    const auto j = r.json();
    bool friendSeen = false;
    bool placeholderSeen = false;
    for (const auto& f : j["findings"]) {
        if (f["rule"] == "false-relationship") {
            friendSeen = true;
            CHECK(f["match"] == "my friend");
            CHECK(f["start"] == 23);
            CHECK(f["end"] == 32);
        }
        if (f["rule"] == "placeholder") {
            placeholderSeen = true;
            CHECK(f["match"] == "{company}");
            CHECK(f["start"] == 37);
            CHECK(f["end"] == 46);
        }
    }
    CHECK(friendSeen);
    CHECK(placeholderSeen);
    CHECK(j["stats"]["characters"] == 52);
}

TEST_CASE("cli: the card options reach the engine") {
    SUBCASE("--name and --company are accepted by the spelling check") {
        const Run r =
            lint({"--name", "Siobhan Dhuibhir", "--company", "Zorblax", "--format", "json", "-"},
                 "Hi Siobhan, Zorblax's demo was great. Connect?");
        CHECK_FALSE(hasRule(r.json(), "spelling"));
    }
    SUBCASE("--relationship decides whether a claim is honest") {
        const std::string note = "Hi Ana, great meeting you at the Leeds meetup. Would you like "
                                 "to stay in touch?";
        CHECK(hasRule(
            lint({"--no-spell", "--relationship", "never-interacted", "--format", "json", "-"},
                 note)
                .json(),
            "false-relationship"));
        CHECK_FALSE(hasRule(
            lint({"--no-spell", "--relationship", "met-in-person", "--format", "json", "-"}, note)
                .json(),
            "false-relationship"));
    }
    SUBCASE("--context is a detail from the card") {
        const std::string note = "Hi Ana, I liked the breakfast. Would you like to connect?";
        CHECK(hasRule(lint({"--no-spell", "--format", "json", "-"}, note).json(), "no-specifics"));
        CHECK_FALSE(hasRule(
            lint({"--no-spell", "--context", "Bath Tech Breakfast", "--format", "json", "-"}, note)
                .json(),
            "no-specifics"));
    }
    SUBCASE("--limit 200 and --limit=N") {
        const std::string note = std::string(250, 'a');
        const auto j300 = lint({"--no-spell", "--format", "json", "-"}, note).json();
        CHECK_FALSE(hasRule(j300, "length"));
        const auto j200 =
            lint({"--no-spell", "--limit", "200", "--format", "json", "-"}, note).json();
        CHECK(hasRule(j200, "length"));
        CHECK(j200["stats"]["limit"] == 200);
        CHECK(lint({"--no-spell", "--limit=240", "--format=json", "-"}, note)
                  .json()["stats"]["limit"] == 240);
    }
    SUBCASE("--disable turns rules off") {
        const Run r =
            lint({"--no-spell", "--disable", "placeholder,sentence-count", "--format", "json", "-"},
                 "Hi [Name].");
        const auto j = r.json();
        CHECK_FALSE(hasRule(j, "placeholder"));
        CHECK_FALSE(hasRule(j, "sentence-count"));
        CHECK(hasRule(j, "no-reason"));
    }
}

TEST_CASE("cli: spelling options") {
    const std::string note = "Hi Ana, I organise the colour theory meeting and realy liked it.";
    SUBCASE("en_US by default, with suggestions in text output") {
        const Run r = lint({"-"}, note);
        CHECK(r.out.find("\"realy\" may be misspelt [spelling]") != std::string::npos);
        CHECK(r.out.find("fix: really") != std::string::npos);
        CHECK(r.out.find("\"colour\"") != std::string::npos);
    }
    SUBCASE("JSON has no suggestions unless asked") {
        const auto plain = lint({"--format", "json", "-"}, note).json();
        for (const auto& f : plain["findings"])
            if (f["rule"] == "spelling")
                CHECK(f["suggestions"].empty());
        bool suggested = false;
        const auto asked = lint({"--format", "json", "--suggest", "-"}, note).json();
        for (const auto& f : asked["findings"])
            if (f["rule"] == "spelling" && f["match"] == "realy")
                suggested = !f["suggestions"].empty();
        CHECK(suggested);
    }
    SUBCASE("--lang en_GB") {
        const auto j = lint({"--lang", "en_GB", "--format", "json", "-"}, note).json();
        std::vector<std::string> words;
        for (const auto& f : j["findings"])
            if (f["rule"] == "spelling")
                words.push_back(f["match"].get<std::string>());
        CHECK(words == std::vector<std::string>{"realy"});
    }
    SUBCASE("--no-spell") {
        const Run r = lint({"--no-spell", "--format", "json", "-"}, note);
        CHECK_FALSE(hasRule(r.json(), "spelling"));
        CHECK(r.err.empty());
    }
    SUBCASE("a --lang with no dictionary is a usage error, not a run without spelling") {
        const Run r = lint({"--lang", "xx_XX", "--format", "json", "-"}, note);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(r.errLine() ==
              "overture-lint: --lang: no Hunspell dictionary for xx_XX (looked in $DICPATH, "
              "/usr/share/hunspell, /usr/share/myspell/dicts); install it or use --no-spell");
    }
    SUBCASE("--personal-dict accepts the person's words") {
        const auto dict = writeFile("personal.dic", "realy\n");
        const auto j =
            lint({"--personal-dict", dict.string(), "--lang", "en_GB", "--format", "json", "-"},
                 note)
                .json();
        CHECK_FALSE(hasRule(j, "spelling"));
    }
}

TEST_CASE("cli: an empty note is reported, not an error") {
    const Run r = lint({"-"}, "");
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("The note is empty [sentence-count]") != std::string::npos);
}

TEST_CASE("cli: --help and --version") {
    const Run help = lint({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.rfind("usage: overture-lint", 0) == 0);
    for (const char* opt :
         {"--name", "--company", "--relationship", "--context", "--limit", "--lang", "--no-spell",
          "--format", "--history", "--list-rules", "--openers"})
        CHECK_MESSAGE(help.out.find(opt) != std::string::npos, opt);
    const Run version = lint({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.rfind("overture-lint ", 0) == 0);
}
