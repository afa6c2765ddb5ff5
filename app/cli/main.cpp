// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture-lint: the engine on the command line, for scripts, CI and batches.
#include "cli/batch_mode.hpp"
#include "cli/batch_rows.hpp"
#include "cli/cli_options.hpp"
#include "cli/lint_setup.hpp"
#include "cli/output.hpp"
#include "cli/text_output.hpp"
#include "data/data_locator.hpp"
#include "data/embedded_data.hpp"
#include "data/file_io.hpp"
#include "data/json_file.hpp"
#include "data/rule_docs.hpp"
#include "engine/language_candidates.hpp"
#include "engine/linter.hpp"
#include "engine/load_lint_data.hpp"
#include "model/report_json.hpp"
#include "openers/opener_library.hpp"
#include "rules/rule_catalog.hpp"
#include "spelling/hunspell_speller.hpp"
#include "text/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <new>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

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

// The exit status `code`, unless the output could not be written: then exit 2 with the
// reason (a listing into /dev/full must not look like success).
int finish(cli::Output& out, int code) {
    if (const IoStatus written = out.finish(); !written)
        return fail(written.error());
    return code;
}

struct StandardStreams {
    bool inputClosed = false;
    bool outputClosed = false;
};

// A closed standard descriptor would be reused by the next open(): a history database
// opened as descriptor 1 would receive the report. Each closed one gets /dev/null, and the
// run is told which were closed.
StandardStreams guardStandardStreams() {
    StandardStreams s;
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
            continue;
        if (fd == 0)
            s.inputClosed = true;
        if (fd == 1)
            s.outputClosed = true;
        const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
    }
    return s;
}

std::string displayName(const std::string& input) {
    return input == "-" ? std::string("standard input") : input;
}

// The note (or batch file) named on the command line; "-" is standard input. A FIFO is
// fine here (`overture-lint <(make-note)`); a device is not.
IoResult<std::string> readInput(const std::string& name, const StandardStreams& streams) {
    if (name == "-") {
        if (streams.inputClosed)
            return ioError("standard input is closed (give a FILE, or - with input)");
        return readStream(0, "standard input", kMaxInputBytes);
    }
    const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return ioError(name + ": cannot read: " + std::strerror(errno));
    // A device never ends (/dev/zero would be read up to the limit); a folder fails the
    // read itself ("Is a directory").
    const std::string type = describeFileType(name);
    IoResult<std::string> text =
        type == "a device" || type == "a socket"
            ? IoResult<std::string>(ioError(name + ": cannot read: it is " + type + ", not a note"))
            : readStream(fd, name, kMaxInputBytes);
    ::close(fd);
    return text;
}

// A rule's page for JSON: its path, or null.
nlohmann::json docPath(std::string_view id) {
    const auto page = ruleDocPath(id);
    return page ? nlohmann::json(page->string()) : nlohmann::json(nullptr);
}

int listRules(cli::Output& out, cli::Format format, const std::string& language) {
    // Names and summaries are the language pack's; each rule's page is docs/rules/<id>.md,
    // installed or in the source tree (null or no line when neither is there).
    const LoadedLintData loaded = loadLintData(findDataDir(), language);
    const LintData& data = *loaded.data;
    if (format == cli::Format::Json) {
        nlohmann::json rules = nlohmann::json::array();
        for (const RuleInfo& r : ruleCatalog())
            rules.push_back({{"id", r.id},
                             {"reason", reasonId(r.reason)},
                             {"severity", severityId(r.defaultSeverity)},
                             {"name", data.ruleText(r.id).name},
                             {"summary", data.ruleText(r.id).summary},
                             {"doc", docPath(r.id)}});
        out.write(rules.dump(2) + "\n");
        return finish(out, kExitClean);
    }
    std::ostringstream text;
    for (const RuleInfo& r : ruleCatalog()) {
        text << r.id << "  (" << reasonId(r.reason) << ", " << severityId(r.defaultSeverity)
             << ")  " << data.ruleText(r.id).summary << '\n';
        if (const auto page = ruleDocPath(r.id))
            text << "    see " << page->string() << '\n';
    }
    out.write(text.str());
    return finish(out, kExitClean);
}

int listOpeners(cli::Output& out, const cli::Options& o,
                const std::optional<std::filesystem::path>& dataDir) {
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
            out.write(op->id + " — " + op->title + "\n    " + filled.text + "\n");
        }
    }
    if (o.format == cli::Format::Json)
        out.write(list.dump(2) + "\n");
    return finish(out, kExitClean);
}

// The progress line of a batch, on a terminal only: "overture-lint: 4096 of 10000 notes".
void showProgress(std::size_t done, std::size_t total) {
    std::fprintf(stderr, "\r\033[Koverture-lint: %zu of %zu notes", done, total);
    if (done == total)
        std::fputs("\r\033[K", stderr); // leave the terminal as it was
    std::fflush(stderr);
}

int runBatchMode(cli::Output& out, const cli::Options& o, const StandardStreams& streams) {
    IoResult<std::string> contents = readInput(o.batchFile, streams);
    if (!contents)
        return fail(contents.error());
    const std::string name = o.batchFile == "-" ? std::string("standard input") : o.batchFile;
    const cli::BatchFile file = cli::parseBatch(name, contents.value(), o.card);
    if (!file.error.empty())
        return fail(file.error);
    const auto setup = cli::makeLintSetup(o, warn);
    if (!setup)
        return fail(setup.error());
    const bool terminal = ::isatty(2) == 1;
    auto batchWarn = [terminal](const std::string& message) {
        if (terminal)
            std::fputs("\r\033[K", stderr); // the message replaces the progress line
        warn(message);
    };
    const cli::BatchSummary summary =
        cli::runBatch(file, *setup.value(), o.format, out, batchWarn,
                      terminal ? std::function<void(std::size_t, std::size_t)>(showProgress)
                               : std::function<void(std::size_t, std::size_t)>());
    return finish(out, cli::batchExitStatus(summary));
}

} // namespace

namespace {
int run(int argc, char** argv);
} // namespace

// Memory running out (a paste of millions of placeholders, a hostile data file) is a
// one-line error and exit 2, never an abort.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        return fail("out of memory (the input or the data files are too large to check)");
    }
}

namespace {

int run(int argc, char** argv) {
    const StandardStreams streams = guardStandardStreams();
    const std::vector<std::string> args(argv + 1, argv + argc);
    std::string error;
    const auto parsed = cli::parseOptions(args, error);
    if (!parsed)
        return fail(error);
    const cli::Options& o = *parsed;
    if (streams.outputClosed)
        return fail("standard output is closed; nothing could be written");
    cli::Output out;
    if (o.help) {
        out.write(cli::helpText());
        return finish(out, kExitClean);
    }
    if (o.version) {
        out.write(std::string("overture-lint ") + OVERTURE_VERSION + "\n");
        return finish(out, kExitClean);
    }
    if (o.listRules)
        return listRules(out, o.format, o.language);
    if (o.listOpeners)
        return listOpeners(out, o, findDataDir());
    if (!o.batchFile.empty())
        return runBatchMode(out, o, streams);

    const IoResult<std::string> input = readInput(o.input, streams);
    if (!input)
        return fail(input.error());
    const std::string& text = input.value();
    if (const auto bad = text::findInvalidUtf8(text))
        return fail(displayName(o.input) + ": invalid UTF-8 at byte " + std::to_string(*bad));

    const auto setup = cli::makeLintSetup(o, warn);
    if (!setup)
        return fail(setup.error());
    const cli::LintSetup& s = *setup.value();
    const Report report = s.linter->lint(text, o.card, s.options);
    if (o.format == cli::Format::Json) {
        out.write(reportToJson(report, text)
                      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                  "\n");
    } else {
        std::ostringstream printed;
        cli::printTextReport(printed, report, text, o.input == "-" ? "<stdin>" : o.input);
        // A note in another installed language: one line with the --lang to use, instead
        // of a spelling card for every word (spelling/language_guess.hpp).
        if (const Speller* speller = s.linter->speller()) {
            const auto hint = suggestOtherLanguage(
                text, *speller, otherLanguages(findDataDir(), o.language),
                [](const std::string& dictionary) -> std::shared_ptr<const Speller> {
                    std::string error;
                    return HunspellSpeller::open(dictionary, error);
                });
            if (hint)
                printed << "hint: this note looks like " << hint->language.name
                        << " — check it with --lang " << hint->language.dictionary << "\n";
        }
        if (o.explain)
            cli::printRoles(printed, report, text);
        out.write(printed.str());
    }
    return finish(out, report.ready ? kExitClean : kExitFindings);
}

} // namespace
