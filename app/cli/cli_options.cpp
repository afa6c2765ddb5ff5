// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cli_options.hpp"

#include "cli/card_fields.hpp"
#include "rules/rule_catalog.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <sstream>

namespace overture::cli {

namespace {

// Every value as typed. CLI11 splits the command line (`--x=v`, `--x v`, `--`); the values
// are checked afterwards by our code, so each message is ours and names the option.
struct Raw {
    std::string name, company, role, relationship, context, reason, limit;
    std::string lang, format, history, personalDict, batch, input;
    std::vector<std::string> disable;
    bool noSpell = false, suggest = false, noSuggest = false, explain = false;
    bool listRules = false, openers = false, help = false, version = false;
};

// Options that take a value, and flags, as the pre-scan below needs them.
constexpr std::array<std::string_view, 13> kValueOptions = {
    "--name", "--company", "--role",    "--relationship", "--context", "--reason",       "--limit",
    "--lang", "--format",  "--history", "--batch",        "--disable", "--personal-dict"};
constexpr std::array<std::string_view, 9> kFlags = {"--no-spell",   "--suggest", "--no-suggest",
                                                    "--list-rules", "--openers", "--help",
                                                    "-h",           "--version", "--explain"};

bool isValueOption(std::string_view arg) {
    return std::find(kValueOptions.begin(), kValueOptions.end(), arg) != kValueOptions.end();
}
bool isFlag(std::string_view arg) {
    return std::find(kFlags.begin(), kFlags.end(), arg) != kFlags.end();
}

// The usage line first (scripts and the tests look for it), then what the program does.
class HelpFormatter : public CLI::Formatter {
public:
    static constexpr std::size_t kWidth = 80;
    static constexpr std::size_t kColumn = 26;
    // Descriptions wrapped to the terminal's customary 80 columns (CLI11 does not wrap;
    // it indents what follows a line break).
    std::string make_option_desc(const CLI::Option* opt) const override {
        std::string out;
        std::size_t lineLength = 0;
        std::istringstream words(opt->get_description());
        std::string word;
        while (words >> word) {
            if (lineLength > 0 && lineLength + 1 + word.size() > kWidth - kColumn) {
                out += '\n';
                lineLength = 0;
            } else if (lineLength > 0) {
                out += ' ';
                ++lineLength;
            }
            out += word;
            lineLength += word.size();
        }
        return out;
    }
    std::string make_description(const CLI::App* /*app*/) const override { return {}; }
    std::string make_usage(const CLI::App* app, std::string /*name*/) const override {
        return "usage: overture-lint [options] [FILE | -]\n       overture-lint [options] "
               "--batch FILE\n\n" +
               app->get_description() + "\n";
    }
};

void describe(CLI::App& app, Raw& raw) {
    app.description(
        "Lints the note of a LinkedIn connection invitation: the stock text, false claims of a\n"
        "relationship, cliches, no specifics, no reason, pitches, placeholders, length,\n"
        "spelling. FILE is the note (- or nothing: standard input); -- ends the options.");
    app.formatter(std::make_shared<HelpFormatter>());
    app.get_formatter()->column_width(HelpFormatter::kColumn);
    app.set_help_flag(); // our own --help below: no exception, and output we check
    app.allow_extras(true);
    auto last = CLI::MultiOptionPolicy::TakeLast;

    const std::string card = "Recipient card";
    app.add_option("--name", raw.name, "the recipient's name")
        ->type_name("N")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--company", raw.company, "their company")
        ->type_name("C")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--role", raw.role, "their role")
        ->type_name("R")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--relationship", raw.relationship,
                   "how you know them: " + relationshipChoices())
        ->type_name("R")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--context", raw.context, "where or what: the event, group, article...")
        ->type_name("TEXT")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--reason", raw.reason, "why you want to connect")
        ->type_name("TEXT")
        ->group(card)
        ->multi_option_policy(last);
    app.add_option("--limit", raw.limit,
                   "the note's character limit (default 300; 200 for free accounts)")
        ->type_name("300|200|N")
        ->group(card)
        ->multi_option_policy(last);

    const std::string checking = "Checking";
    app.add_option("--lang", raw.lang,
                   "language and spelling dictionary (default en_US; en_GB, de_DE, fr_FR, es_ES)")
        ->type_name("LANG")
        ->group(checking)
        ->multi_option_policy(last);
    app.add_flag("--no-spell", raw.noSpell, "no spelling check")->group(checking);
    app.add_flag("--suggest", raw.suggest, "spelling suggestions (default: on for text)")
        ->group(checking);
    app.add_flag("--no-suggest", raw.noSuggest, "no spelling suggestions (default for json)")
        ->group(checking);
    app.add_option("--personal-dict", raw.personalDict, "extra accepted words, one per line")
        ->type_name("FILE")
        ->group(checking)
        ->multi_option_policy(last);
    app.add_option("--history", raw.history,
                   "notes already sent (the app's JSON export or its database), for "
                   "repeated-note and already-invited")
        ->type_name("FILE")
        ->group(checking)
        ->multi_option_policy(last);
    app.add_option("--disable", raw.disable, "turn rules off (see --list-rules)")
        ->type_name("RULE[,RULE]")
        ->delimiter(',')
        ->group(checking);

    const std::string output = "Input and output";
    app.add_option("--batch", raw.batch,
                   "check many notes: JSON Lines or CSV with the columns text,name,company,"
                   "role,relationship,context,reason,limit; one result per row")
        ->type_name("FILE")
        ->group(output)
        ->multi_option_policy(last);
    app.add_option("--format", raw.format, "text or json (default text)")
        ->type_name("FORMAT")
        ->group(output)
        ->multi_option_policy(last);
    app.add_flag("--explain", raw.explain,
                 "text: also print each sentence (or clause) with the role a recipient reads in it")
        ->group(output);
    app.add_flag("--list-rules", raw.listRules, "list the rules and exit")->group(output);
    app.add_flag("--openers", raw.openers,
                 "list the opener library (filtered by --relationship, filled from the card) "
                 "and exit")
        ->group(output);
    app.add_flag("--version", raw.version, "print the version and exit")->group(output);
    app.add_flag("-h,--help", raw.help, "show this help and exit")->group(output);
    app.add_option("FILE", raw.input, "the note; - or nothing for standard input")
        ->type_name("")
        ->group(output);

    app.footer("Exit status: 0 nothing at warning or above; 1 findings at warning or above;\n"
               "2 usage or input error (one line on standard error).");
}

// What CLI11 would otherwise report in its own words: a value missing at the end, and
// a value given to a flag. Returns the message, or "" when the arguments are well formed.
std::string structuralError(std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--")
            break; // the rest are file names, whatever they look like
        const auto eq = arg.find('=');
        const std::string key = arg.substr(0, eq);
        if (eq != std::string::npos && isFlag(key))
            return key + " takes no value";
        if (eq == std::string::npos && isValueOption(arg) && i + 1 == args.size())
            return arg + " needs a value";
        // "--limit=" is an empty value, as "--limit ''" is (CLI11 would call it missing).
        if (eq != std::string::npos && eq + 1 == arg.size() && isValueOption(key)) {
            args[i] = key;
            args.insert(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::string());
            ++i;
        }
    }
    return {};
}

std::string emptyFileName(const std::string& option) {
    return option + ": expected a file name, got an empty one";
}

} // namespace

std::string helpText() {
    CLI::App app{"", "overture-lint"};
    Raw raw;
    describe(app, raw);
    return app.help();
}

std::optional<Options> parseOptions(const std::vector<std::string>& given, std::string& error) {
    std::vector<std::string> args = given;
    if (error = structuralError(args); !error.empty())
        return std::nullopt;

    CLI::App app{"", "overture-lint"};
    Raw raw;
    describe(app, raw);
    try {
        std::reverse(args.begin(), args.end()); // CLI11 takes them last first
        app.parse(std::move(args));
    } catch (const CLI::ParseError&) {
        // Not reached with the checks above; never show CLI11's own text.
        error = "cannot read the options (see --help)";
        return std::nullopt;
    }

    Options o;
    const bool inputGiven = app.count("FILE") > 0;
    // What CLI11 did not recognise: unknown options, and file names beyond the first.
    bool afterSeparator = false;
    for (const std::string& extra : app.remaining()) {
        if (extra == "--" && !afterSeparator) {
            afterSeparator = true;
            continue;
        }
        if (!afterSeparator && extra.size() > 1 && extra[0] == '-') {
            error = "unknown option \"" + extra.substr(0, extra.find('=')) + "\" (see --help)";
            return std::nullopt;
        }
        error = "more than one input file (\"" + raw.input + "\" and \"" + extra + "\")";
        return std::nullopt;
    }

    o.help = raw.help;
    o.version = raw.version;
    o.listRules = raw.listRules;
    o.listOpeners = raw.openers;

    for (const std::string_view field : kCardFields) {
        const std::string option = "--" + std::string(field);
        if (app.count(option) == 0)
            continue;
        const std::string& value = field == "name"           ? raw.name
                                   : field == "company"      ? raw.company
                                   : field == "role"         ? raw.role
                                   : field == "relationship" ? raw.relationship
                                   : field == "context"      ? raw.context
                                   : field == "reason"       ? raw.reason
                                                             : raw.limit;
        if (const auto problem = setCardField(o.card, field, value)) {
            error = option + ": " + *problem;
            return std::nullopt;
        }
    }

    if (app.count("--lang") > 0) {
        // A language is part of a file name (<lang>.aff): letters, digits, '_' and '-' only.
        const bool valid = !raw.lang.empty() && raw.lang.size() <= 32 &&
                           std::all_of(raw.lang.begin(), raw.lang.end(), [](char c) {
                               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                      (c >= '0' && c <= '9') || c == '_' || c == '-';
                           });
        if (!valid) {
            error = "--lang: expected a dictionary name such as en_US or en_GB, got \"" + raw.lang +
                    "\"";
            return std::nullopt;
        }
        o.language = raw.lang;
        o.languageGiven = true;
    }
    o.spelling = !raw.noSpell;
    o.explain = raw.explain;
    if (raw.suggest || raw.noSuggest)
        o.suggestions = raw.suggest && !raw.noSuggest;

    if (app.count("--format") > 0) {
        if (raw.format == "text") {
            o.format = Format::Text;
        } else if (raw.format == "json") {
            o.format = Format::Json;
        } else {
            error = "--format: expected text or json, got \"" + raw.format + "\"";
            return std::nullopt;
        }
    }

    const std::array<std::pair<const char*, std::pair<std::string*, std::string*>>, 3> files = {
        {{"--history", {&raw.history, &o.historyFile}},
         {"--personal-dict", {&raw.personalDict, &o.personalDictionary}},
         {"--batch", {&raw.batch, &o.batchFile}}}};
    for (const auto& [option, from_to] : files) {
        if (app.count(option) == 0)
            continue;
        if (from_to.first->empty()) {
            error = emptyFileName(option);
            return std::nullopt;
        }
        *from_to.second = *from_to.first;
    }

    for (const std::string& id : raw.disable) {
        if (id.empty())
            continue;
        if (findRuleInfo(id) == nullptr) {
            error = "--disable: unknown rule \"" + id + "\" (see --list-rules)";
            return std::nullopt;
        }
        o.disabledRules.insert(id);
    }

    if (inputGiven) {
        if (raw.input.empty()) {
            error = "the input file name is empty (use - for standard input)";
            return std::nullopt;
        }
        if (!o.batchFile.empty()) {
            error = "--batch reads the notes from its FILE; give no other input (\"" + raw.input +
                    "\")";
            return std::nullopt;
        }
        o.input = raw.input;
    }
    return o;
}

} // namespace overture::cli
