// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spelling: Hunspell (the system's en_US and en_GB) behind the Speller interface, plus the
// project's word list, the card's words and the person's own dictionary. Links, e-mail
// addresses, handles, tags, numbers, acronyms and placeholders are never judged.
#include "spelling/personal_dictionary.hpp"
#include "test_support.hpp"

#include <cstdlib>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace overture;
using overture::test::lint;

namespace {

std::vector<std::string> misspelt(const std::string& text, const Recipient& c = {},
                                  const LintOptions& o = {}) {
    const Report r = lint(text, c, o);
    std::vector<std::string> out;
    for (const Finding* f : test::findingsOf(r, "spelling")) {
        CHECK(f->reason == Reason::Spelling);
        out.emplace_back(test::covered(text, *f));
    }
    return out;
}

// A speller that knows a fixed list, to test the rule's own logic.
class ListSpeller final : public Speller {
public:
    explicit ListSpeller(std::vector<std::string> words) : words_(std::move(words)) {}
    [[nodiscard]] bool isCorrect(std::string_view word) const override {
        ++calls;
        return std::find(words_.begin(), words_.end(), word) != words_.end();
    }
    [[nodiscard]] std::vector<std::string> suggest(std::string_view, std::size_t) const override {
        ++suggestCalls;
        return {"suggestion"};
    }
    [[nodiscard]] std::string language() const override { return "test"; }
    mutable int calls = 0;
    mutable int suggestCalls = 0;

private:
    std::vector<std::string> words_;
};

std::filesystem::path freshTempDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("overture-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("spelling: the corpus's misspelt note") {
    const std::string text = "Hi, I realy enjoyed you're artical about renewabel energy and would "
                             "like to conect.";
    CHECK(misspelt(text) == std::vector<std::string>{"realy", "artical", "renewabel", "conect"});
    const Report r = lint(text);
    for (const Finding* f : test::findingsOf(r, "spelling"))
        CHECK(f->severity == Severity::Warning);
    CHECK_FALSE(r.ready);
}

TEST_CASE("spelling: its own category: it blocks ready but grades none of the four reasons") {
    const std::string text = "Hi Hannah, thanks for the tuor of the Bristol maker space on "
                             "Saturday. Your laser-cutter safety checklist was brilliant, and I'd "
                             "like to stay in touch while I set one up in Bath.";
    const Report r = lint(text, test::card(Relationship::MetInPerson, "Hannah"));
    INFO(test::describe(r, text));
    CHECK(test::seriousRules(r) == std::set<std::string>{"spelling"});
    CHECK_FALSE(r.ready);
    for (const Reason reason :
         {Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy})
        CHECK(r.grade(reason) == Grade::Ok);
}

TEST_CASE("spelling: an unknown capitalised word inside a sentence is a name: only a hint") {
    const std::string text = "Hi Ana, I met Siobhan Ni Dhuibhir at the Leeds meetup. Connect?";
    const Report r = lint(text);
    for (const Finding* f : test::findingsOf(r, "spelling")) {
        INFO(test::covered(text, *f));
        CHECK(f->severity == Severity::Hint);
    }
    // The same unknown word opening a sentence may be a typo: a warning.
    const Report start = lint("Realy enjoyed your talk. Connect?");
    const auto fs = test::findingsOf(start, "spelling");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->severity == Severity::Warning);
}

TEST_CASE("spelling: the card's name and company are accepted, possessives too") {
    const Recipient c = test::card(Relationship::MetInPerson, "Siobhan Dhuibhir", "Zorblax");
    CHECK(misspelt("Hi Siobhan, I loved Zorblax's demo and the zorblax team. Connect?", c).empty());
    CHECK(misspelt("Hi Siobhan Dhuibhir, Dhuibhir's talk was great. Connect?", c).empty());
}

TEST_CASE("spelling: the project's word list (LinkedIn, SaaS, DevOps, fintech...)") {
    // en_US does not know "LinkedIn" (en_GB does); the word list does.
    REQUIRE_FALSE(test::englishSpeller()->isCorrect("LinkedIn"));
    CHECK(misspelt("I saw your LinkedIn post on SaaS pricing and DevOps at a fintech startup. "
                   "Would you connect?")
              .empty());
}

TEST_CASE("spelling: links, addresses, handles, tags, numbers, acronyms are never judged") {
    CHECK(misspelt("See https://exmaple.com/qwzx and www.qwzx.io or qwzx.dev, mail "
                   "qwzx@zzkx.org, ping @qwzxv about #qwzxtag.")
              .empty());
    CHECK(misspelt("We shipped v2 in Q3 with 20% fewer bugs, 3.5x faster, at 9:30 on the 1st.")
              .empty());
    CHECK(misspelt("The QWZX and ZZKX teams met the CTO.").empty());
}

TEST_CASE("spelling: curly apostrophes and contractions") {
    CHECK(misspelt("I\xE2\x80\x99"
                   "d love to hear how you\xE2\x80\x99re doing; it\xE2\x80\x99s "
                   "been a while and I don\xE2\x80\x99t want to lose touch.")
              .empty());
    CHECK(misspelt("I'd love to hear how you're doing.").empty());
    CHECK(misspelt("I\xE2\x80\x99"
                   "d lvoe to hear.") == std::vector<std::string>{"lvoe"});
}

TEST_CASE("spelling: hyphenated words, with ASCII or typographic hyphens") {
    CHECK(misspelt("Your laser-cutter checklist helped our start-up.").empty());
    // U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN, as word processors write them
    CHECK(misspelt("Your laser\xE2\x80\x90"
                   "cutter checklist helped our start\xE2\x80\x91"
                   "up.")
              .empty());
    CHECK(misspelt("Your laser\xE2\x80\x90"
                   "cutterr checklist.") == std::vector<std::string>{"laser\xE2\x80\x90"
                                                                     "cutterr"});
}

TEST_CASE("spelling: en_GB accepts British spelling that en_US flags") {
    REQUIRE(test::englishSpeller("en_GB") != nullptr);
    const Linter gb(test::shippedData(), test::englishSpeller("en_GB"));
    const std::string text = "Hi Ana, I organise the colour theory meeting. Would you connect?";
    const Report us = lint(text);
    const Report uk = gb.lint(text, {});
    CHECK(test::has(us, "spelling"));
    CHECK_FALSE(test::has(uk, "spelling"));
}

TEST_CASE("spelling: suggestions only when asked for") {
    const std::string text = "I realy enjoyed it.";
    const Report quick = lint(text);
    const auto fs = test::findingsOf(quick, "spelling");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0]->replacements.empty());

    LintOptions o;
    o.suggestions = true;
    const Report slow = lint(text, {}, o);
    const auto sfs = test::findingsOf(slow, "spelling");
    REQUIRE(sfs.size() == 1);
    CHECK(std::find(sfs[0]->replacements.begin(), sfs[0]->replacements.end(), "really") !=
          sfs[0]->replacements.end());
    CHECK(sfs[0]->replacements.size() <= o.maxSuggestions);
}

TEST_CASE("spelling: the rule's logic with a fixed word list") {
    auto speller = std::make_shared<ListSpeller>(
        std::vector<std::string>{"hi", "I", "liked", "your", "talk", "Hi"});
    const Linter linter(test::shippedData(), speller);
    const std::string text = "Hi Ana, I liked your tallk. Tallk again?";
    LintOptions o;
    const Report r = linter.lint(text, {}, o);
    std::vector<std::string> words;
    for (const Finding* f : test::findingsOf(r, "spelling"))
        words.emplace_back(test::covered(text, *f));
    INFO("flagged: " << [&] {
        std::string all;
        for (const std::string& w : words)
            all += w + " ";
        return all;
    }());
    // "Ana" is in a name's place (the greeting): a name, never a misspelling.
    CHECK(words == std::vector<std::string>{"tallk", "Tallk", "again"});
    CHECK(speller->suggestCalls == 0);

    SUBCASE("suggestions are computed once per word and capped") {
        o.suggestions = true;
        o.maxSuggestedWords = 2;
        const Report s = linter.lint("Tallk tallk tallk zzz yyy.", {}, o);
        CHECK(speller->suggestCalls == 2);
        std::size_t withFix = 0;
        for (const Finding* f : test::findingsOf(s, "spelling"))
            withFix += f->replacements.empty() ? 0 : 1;
        CHECK(withFix == 3); // "Tallk" and both "tallk": two words, asked once each
    }
    SUBCASE("accepted words: the personal dictionary and 'ignore'") {
        Linter personal(test::shippedData(), speller);
        personal.acceptWord("TALLK");
        personal.acceptWord("ana");
        const Report p = personal.lint(text, {});
        std::vector<std::string> left;
        for (const Finding* f : test::findingsOf(p, "spelling"))
            left.emplace_back(test::covered(text, *f));
        CHECK(left == std::vector<std::string>{"again"});
    }
}

TEST_CASE("spelling: off, or no dictionary: linting still works and the report says so") {
    LintOptions off;
    off.spelling = false;
    const Report r = lint("I realy enjoyed it.", {}, off);
    CHECK_FALSE(test::has(r, "spelling"));
    CHECK_FALSE(r.spellingAvailable);

    const Report none = test::plainLinter().lint("I realy enjoyed it.", {});
    CHECK_FALSE(test::has(none, "spelling"));
    CHECK_FALSE(none.spellingAvailable);
    CHECK(test::has(none, "sentence-count")); // the other rules still ran

    CHECK(lint("I really enjoyed it.").spellingAvailable);
}

TEST_CASE("spelling: HunspellSpeller finds dictionaries and refuses bad names") {
    std::string error;
    auto us = HunspellSpeller::open("en_US", error);
    REQUIRE(us != nullptr);
    CHECK(us->language() == "en_US");
    CHECK(us->isCorrect("really"));
    CHECK_FALSE(us->isCorrect("realy"));
    CHECK(us->isCorrect("don't"));

    CHECK(HunspellSpeller::open("xx_NOPE", error) == nullptr);
    CHECK(error.find("xx_NOPE") != std::string::npos);
    CHECK(error.find("spelling is off") != std::string::npos);
    for (const std::string bad : {"", "../en_US", "en_US/../x", "en.US"}) {
        error.clear();
        CHECK(HunspellSpeller::open(bad, error) == nullptr);
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("spelling: $DICPATH is searched first") {
    const auto dir = freshTempDir("dicpath");
    {
        std::ofstream(dir / "zz_TEST.aff") << "SET UTF-8\n";
        std::ofstream(dir / "zz_TEST.dic") << "2\nflibber\nquonk\n";
    }
    const char* old = std::getenv("DICPATH");
    const std::string saved = old != nullptr ? old : "";
    ::setenv("DICPATH", ("/nonexistent:" + dir.string()).c_str(), 1);
    std::string error;
    auto speller = HunspellSpeller::open("zz_TEST", error);
    if (old != nullptr)
        ::setenv("DICPATH", saved.c_str(), 1);
    else
        ::unsetenv("DICPATH");
    REQUIRE_MESSAGE(speller != nullptr, error);
    CHECK(speller->isCorrect("flibber"));
    CHECK_FALSE(speller->isCorrect("hello"));
    speller->addWord("hello");
    CHECK(speller->isCorrect("hello"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("personal dictionary: add, save, reload") {
    const auto dir = freshTempDir("personal");
    const auto path = dir / "sub" / "personal.dic";
    PersonalDictionary dict(path);
    std::string error;
    CHECK(dict.load(error)); // a missing file is an empty dictionary
    CHECK(dict.words().empty());
    CHECK(dict.add("Zorblax", error));
    CHECK(dict.add("Dhuibhir", error));
    CHECK(dict.add("Zorblax", error)); // once only
    CHECK(test::readFile(path) == "Zorblax\nDhuibhir\n");
    PersonalDictionary again(path);
    CHECK(again.load(error));
    CHECK(again.words() == std::vector<std::string>{"Zorblax", "Dhuibhir"});

    error.clear();
    CHECK_FALSE(dict.add("two words", error));
    CHECK(error.find("not a single word") != std::string::npos);
    CHECK_FALSE(dict.add("", error));
    // No temporary files are left behind.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(path.parent_path()))
        ++files;
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("personal dictionary: a broken file is reported and never overwritten") {
    const auto dir = freshTempDir("personal-broken");
    const auto path = dir / "personal.dic";
    const std::string broken = "Zorblax\nthis line has spaces\n";
    std::ofstream(path) << broken;
    PersonalDictionary dict(path);
    std::string error;
    CHECK_FALSE(dict.load(error));
    CHECK(error.find(path.string() + ":2:") != std::string::npos);
    CHECK(error.find('\n') == std::string::npos);
    CHECK_FALSE(dict.writable());
    error.clear();
    CHECK_FALSE(dict.add("Dhuibhir", error));
    CHECK(error.find("session only") != std::string::npos);
    CHECK(std::find(dict.words().begin(), dict.words().end(), "Dhuibhir") != dict.words().end());
    CHECK(test::readFile(path) == broken);
    std::filesystem::remove_all(dir);
}

TEST_CASE("spelling: words ignored for one lint (LintOptions::ignoredWords), in any case") {
    const std::string text = "We met at the grafanacon booth, thanks for the demo.";
    REQUIRE(test::has(test::lint(text), "spelling"));
    LintOptions o;
    o.ignoredWords = {"Grafanacon"};
    CHECK_FALSE(test::has(test::lint(text, {}, o), "spelling"));
    // Only for the lint that asks: the next one checks the word again.
    CHECK(test::has(test::lint(text), "spelling"));
}

TEST_CASE("personal dictionary: a word another program saved after we loaded is kept when we "
          "save") {
    const auto dir = freshTempDir("personal-merge");
    const auto path = dir / "personal.dic";
    std::ofstream(path) << "Zorblax\n";
    PersonalDictionary window(path);
    REQUIRE(window.load().ok());
    // Another window, an overture-lint user or a text editor adds a word meanwhile.
    std::ofstream(path, std::ios::app) << "Kubernetesy\n";
    const IoStatus added = window.add("Dhuibhir");
    CHECK_MESSAGE(added.ok(), added.error());
    CHECK(test::readFile(path) == "Zorblax\nKubernetesy\nDhuibhir\n");
    CHECK(window.words() == std::vector<std::string>{"Zorblax", "Kubernetesy", "Dhuibhir"});
    std::filesystem::remove_all(dir);
}

TEST_CASE("personal dictionary: two windows adding words at the same moment lose none") {
    const auto dir = freshTempDir("personal-race");
    const auto path = dir / "personal.dic";
    constexpr int kWords = 60;
    PersonalDictionary first(path);
    PersonalDictionary second(path);
    REQUIRE(first.load().ok());
    REQUIRE(second.load().ok());
    std::vector<std::string> failures;
    std::mutex failuresMutex;
    auto addAll = [&](PersonalDictionary& dict, const std::string& prefix) {
        for (int i = 0; i < kWords; ++i)
            if (const IoStatus s = dict.add(prefix + std::to_string(i)); !s) {
                const std::lock_guard lock(failuresMutex);
                failures.push_back(s.error());
            }
    };
    std::thread a(addAll, std::ref(first), "alpha");
    std::thread b(addAll, std::ref(second), "beta");
    a.join();
    b.join();
    CHECK(failures.empty());
    PersonalDictionary reread(path);
    REQUIRE(reread.load().ok());
    const std::set<std::string> words(reread.words().begin(), reread.words().end());
    CHECK(words.size() == 2 * kWords);
    for (int i = 0; i < kWords; ++i) {
        CHECK(words.contains("alpha" + std::to_string(i)));
        CHECK(words.contains("beta" + std::to_string(i)));
    }
    // Nothing left behind but the dictionary itself.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++files;
    CHECK(files == 1);
    std::filesystem::remove_all(dir);
}

TEST_CASE("personal dictionary: a symbolic link (a dotfiles folder) stays a link; its target "
          "gets the word") {
    const auto dir = freshTempDir("personal-link");
    std::filesystem::create_directories(dir / "dotfiles");
    std::ofstream(dir / "dotfiles" / "words.dic") << "Zorblax\n";
    std::filesystem::create_symlink(dir / "dotfiles" / "words.dic", dir / "personal.dic");
    PersonalDictionary dict(dir / "personal.dic");
    REQUIRE(dict.load().ok());
    REQUIRE(dict.add("Dhuibhir").ok());
    CHECK(std::filesystem::is_symlink(dir / "personal.dic"));
    CHECK(test::readFile(dir / "dotfiles" / "words.dic") == "Zorblax\nDhuibhir\n");
    std::filesystem::remove_all(dir);
}

TEST_CASE("personal dictionary: a FIFO is refused at once, not waited on") {
    const auto dir = freshTempDir("personal-fifo");
    const auto path = dir / "personal.dic";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    PersonalDictionary dict(path);
    const IoStatus loaded = dict.load(); // would block for ever in an ifstream
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.error() == path.string() +
                                ": cannot read: it is a FIFO, not a regular file (the file is "
                                "left as it is; new words are kept for this session only)");
    CHECK_FALSE(dict.add("Dhuibhir").ok());
    CHECK(std::filesystem::is_fifo(path));
    std::filesystem::remove_all(dir);
}
