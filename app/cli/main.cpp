// overture-lint: the engine on the command line, for scripts, CI and batches.
#include "cli/cli_options.hpp"
#include "cli/history_file.hpp"
#include "cli/text_output.hpp"
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/json_file.hpp"
#include "engine/linter.hpp"
#include "history/note_history.hpp"
#include "model/report_json.hpp"
#include "openers/opener_library.hpp"
#include "rules/rule_catalog.hpp"
#include "spelling/hunspell_speller.hpp"
#include "spelling/personal_dictionary.hpp"
#include "text/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#ifndef OVERTURE_VERSION
#define OVERTURE_VERSION "0.0.0"
#endif

namespace {

using namespace overture;
constexpr std::size_t kMaxInputBytes = 64U * 1024U * 1024U;
constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// One line on stderr, whatever file names or values the message quotes.
void warn(const std::string& message) {
    std::cerr << "overture-lint: " << DataError::oneLine(message) << '\n';
}

int fail(const std::string& message) {
    warn(message);
    return kExitError;
}

bool readInput(const std::string& name, std::string& text, std::string& error) {
    std::istream* in = &std::cin;
    std::ifstream file;
    if (name != "-") {
        file.open(name, std::ios::binary);
        if (!file) {
            error = name + ": cannot read: " + std::strerror(errno);
            return false;
        }
        in = &file;
    }
    std::ostringstream buffer;
    char chunk[65536];
    std::size_t total = 0;
    while (in->read(chunk, sizeof chunk) || in->gcount() > 0) {
        total += static_cast<std::size_t>(in->gcount());
        if (total > kMaxInputBytes) {
            error = (name == "-" ? std::string("standard input") : name) + ": input is over " +
                    std::to_string(kMaxInputBytes / (1024 * 1024)) + " MiB";
            return false;
        }
        buffer.write(chunk, in->gcount());
    }
    if (in->bad()) {
        error = (name == "-" ? std::string("standard input") : name) +
                ": cannot read: " + std::strerror(errno);
        return false;
    }
    text = buffer.str();
    return true;
}

int listRules(cli::Format format) {
    if (format == cli::Format::Json) {
        nlohmann::json rules = nlohmann::json::array();
        for (const RuleInfo& r : ruleCatalog())
            rules.push_back({{"id", r.id},
                             {"reason", reasonId(r.reason)},
                             {"severity", severityId(r.defaultSeverity)},
                             {"summary", r.summary}});
        std::cout << rules.dump(2) << '\n';
        return kExitClean;
    }
    for (const RuleInfo& r : ruleCatalog())
        std::cout << r.id << "  (" << reasonId(r.reason) << ", " << severityId(r.defaultSeverity)
                  << ")  " << r.summary << '\n';
    return kExitClean;
}

int listOpeners(const cli::Options& o, const std::optional<std::filesystem::path>& dataDir) {
    std::vector<std::string> problems;
    const DataText file = readData(dataDir, kOpenersFile, problems);
    OpenerLibrary library;
    try {
        library = OpenerLibrary::fromJson(file.text, file.source);
    } catch (const DataError& e) {
        problems.emplace_back(std::string(e.what()) + " (using the built-in copy)");
        library = OpenerLibrary::fromJson(embeddedFile(kOpenersFile),
                                          std::string("built-in ") + kOpenersFile);
    }
    const std::filesystem::path own = userDataDir() / "openers.json";
    if (std::error_code ec; std::filesystem::exists(own, ec)) {
        try {
            library.merge(OpenerLibrary::fromJson(readDataFile(own), own.string(), true));
        } catch (const DataError& e) {
            problems.emplace_back(e.what());
        }
    }
    for (const auto& p : problems)
        warn(p);
    const auto openers = library.filter(o.card.relationship);
    nlohmann::json list = nlohmann::json::array();
    for (const Opener* op : openers) {
        const FilledOpener filled = fillOpener(*op, o.card);
        if (o.format == cli::Format::Json) {
            const text::Utf16Map map(filled.text);
            nlohmann::json unfilled = nlohmann::json::array();
            for (const Span& s : filled.unfilled)
                unfilled.push_back({{"start", map.toUtf16(s.begin)}, {"end", map.toUtf16(s.end)}});
            nlohmann::json rels = nlohmann::json::array();
            for (const auto r : op->relationships)
                rels.push_back(relationshipId(r));
            list.push_back({{"id", op->id},
                            {"title", op->title},
                            {"relationships", rels},
                            {"situations", op->situations},
                            {"template", op->text},
                            {"text", filled.text},
                            {"unfilled", unfilled}});
        } else {
            std::cout << op->id << " — " << op->title << "\n    " << filled.text << "\n";
        }
    }
    if (o.format == cli::Format::Json)
        std::cout << list.dump(2) << '\n';
    return kExitClean;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string error;
    const auto parsed = cli::parseOptions(args, error);
    if (!parsed)
        return fail(error);
    const cli::Options& o = *parsed;
    if (o.help) {
        std::cout << cli::kUsage;
        return kExitClean;
    }
    if (o.version) {
        std::cout << "overture-lint " << OVERTURE_VERSION << '\n';
        return kExitClean;
    }
    if (o.listRules)
        return listRules(o.format);

    const auto dataDir = findDataDir();
    if (o.listOpeners)
        return listOpeners(o, dataDir);

    std::string text;
    if (!readInput(o.input, text, error))
        return fail(error);
    if (const auto bad = text::findInvalidUtf8(text))
        return fail((o.input == "-" ? std::string("standard input") : o.input) +
                    ": invalid UTF-8 at byte " + std::to_string(*bad));

    LoadedLintData loaded;
    try {
        loaded = loadLintData(dataDir);
    } catch (const DataError& e) {
        return fail(e.what());
    }
    for (const auto& p : loaded.problems)
        warn(p);

    std::shared_ptr<HunspellSpeller> speller;
    if (o.spelling) {
        std::string spellError;
        speller = HunspellSpeller::open(o.language, spellError);
        if (!speller)
            warn(spellError);
    }
    Linter linter(loaded.data, speller);

    const std::filesystem::path dictPath = o.personalDictionary.empty()
                                               ? userDataDir() / "personal.dic"
                                               : std::filesystem::path(o.personalDictionary);
    PersonalDictionary personal(dictPath);
    if (std::string dictError; !personal.load(dictError))
        warn(dictError);
    for (const auto& w : personal.words())
        linter.acceptWord(w);

    LintOptions options;
    options.spelling = o.spelling;
    options.suggestions = o.suggestions.value_or(o.format == cli::Format::Text);
    options.disabledRules = o.disabledRules;
    NoteHistory history;
    if (!o.historyFile.empty()) {
        try {
            history = cli::readHistoryFile(o.historyFile);
        } catch (const DataError& e) {
            return fail(e.what());
        }
        options.history = &history;
    }

    const Report report = linter.lint(text, o.card, options);
    if (o.format == cli::Format::Json)
        std::cout << reportToJson(report, text)
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    else
        cli::printTextReport(std::cout, report, text, o.input == "-" ? "<stdin>" : o.input);
    std::cout.flush();
    if (!std::cout)
        return fail("cannot write the report");
    return report.ready ? kExitClean : kExitFindings;
}
