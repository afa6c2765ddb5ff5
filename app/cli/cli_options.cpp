#include "cli/cli_options.hpp"

#include "rules/rule_catalog.hpp"
#include "text/utf8.hpp"

#include <charconv>

namespace overture::cli {

const char* const kUsage =
    R"(usage: overture-lint [options] [FILE | -]

Lints the note of a LinkedIn connection invitation: the stock text, false claims of a
relationship, cliches, no specifics, no reason, pitches, placeholders, length, spelling.

Recipient card:
  --name N              the recipient's name
  --company C           their company
  --role R              their role
  --relationship R      how you know them: met-in-person, worked-together,
                        studied-together, did-business, shared-group,
                        mutual-connection, follows-their-work, never-interacted
  --context TEXT        where or what: the event, group, article...
  --reason TEXT         why you want to connect
  --limit 300|200|N     the note's character limit (default 300; 200 for free accounts)
Checking:
  --lang LANG           spelling dictionary (default en_US; en_GB available)
  --no-spell            no spelling check
  --suggest, --no-suggest
                        spelling suggestions (default: on for text, off for json)
  --personal-dict FILE  extra accepted words, one per line
  --history FILE        notes already sent (the app's JSON export), for
                        repeated-note and already-invited
  --disable RULE[,RULE] turn rules off
Output:
  --format text|json    (default text)
  --list-rules          list the rules and exit
  --openers             list the opener library (filtered by --relationship,
                        filled from the card) and exit
  --version, --help

Exit status: 0 nothing at warning or above; 1 findings at warning or above;
2 usage or input error.
)";

namespace {
bool parseLimit(const std::string& value, int& limit) {
    int parsed = 0;
    const auto* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, parsed);
    if (ec != std::errc() || ptr != end || parsed < 1 || parsed > 100000)
        return false;
    limit = parsed;
    return true;
}
} // namespace

std::optional<Options> parseOptions(const std::vector<std::string>& args, std::string& error) {
    Options o;
    bool inputSeen = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::string value;
        bool hasInlineValue = false;
        if (arg.rfind("--", 0) == 0) {
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                hasInlineValue = true;
            }
        }
        auto takeValue = [&]() -> bool {
            if (hasInlineValue)
                return true;
            if (i + 1 >= args.size()) {
                error = arg + " needs a value";
                return false;
            }
            value = args[++i];
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--version") {
            o.version = true;
        } else if (arg == "--name" || arg == "--company" || arg == "--role" || arg == "--context" ||
                   arg == "--reason") {
            if (!takeValue())
                return std::nullopt;
            // The card's words end up in messages and JSON: refuse what the draft would be refused.
            if (const auto bad = text::findInvalidUtf8(value)) {
                error = arg + ": invalid UTF-8 at byte " + std::to_string(*bad);
                return std::nullopt;
            }
            (arg == "--name"      ? o.card.name
             : arg == "--company" ? o.card.company
             : arg == "--role"    ? o.card.role
             : arg == "--context" ? o.card.context
                                  : o.card.reason) = value;
        } else if (arg == "--relationship") {
            if (!takeValue())
                return std::nullopt;
            const auto rel = parseRelationship(value);
            if (!rel) {
                error =
                    "--relationship: unknown relationship \"" + value +
                    "\" (expected met-in-person, worked-together, studied-together, did-business, "
                    "shared-group, mutual-connection, follows-their-work or never-interacted)";
                return std::nullopt;
            }
            o.card.relationship = rel;
        } else if (arg == "--limit") {
            if (!takeValue())
                return std::nullopt;
            if (!parseLimit(value, o.card.limit)) {
                error = "--limit: expected a number of characters from 1 to 100000, got \"" +
                        value + "\"";
                return std::nullopt;
            }
        } else if (arg == "--lang") {
            if (!takeValue())
                return std::nullopt;
            o.language = value;
        } else if (arg == "--no-spell") {
            o.spelling = false;
        } else if (arg == "--suggest") {
            o.suggestions = true;
        } else if (arg == "--no-suggest") {
            o.suggestions = false;
        } else if (arg == "--format") {
            if (!takeValue())
                return std::nullopt;
            if (value == "text") {
                o.format = Format::Text;
            } else if (value == "json") {
                o.format = Format::Json;
            } else {
                error = "--format: expected text or json, got \"" + value + "\"";
                return std::nullopt;
            }
        } else if (arg == "--history") {
            if (!takeValue())
                return std::nullopt;
            o.historyFile = value;
        } else if (arg == "--personal-dict") {
            if (!takeValue())
                return std::nullopt;
            o.personalDictionary = value;
        } else if (arg == "--disable") {
            if (!takeValue())
                return std::nullopt;
            std::size_t start = 0;
            while (start <= value.size()) {
                auto comma = value.find(',', start);
                if (comma == std::string::npos)
                    comma = value.size();
                const std::string id = value.substr(start, comma - start);
                if (!id.empty()) {
                    if (findRuleInfo(id) == nullptr) {
                        error = "--disable: unknown rule \"" + id + "\" (see --list-rules)";
                        return std::nullopt;
                    }
                    o.disabledRules.insert(id);
                }
                start = comma + 1;
            }
        } else if (arg == "--list-rules") {
            o.listRules = true;
        } else if (arg == "--openers") {
            o.listOpeners = true;
        } else if (arg == "-" || arg.empty() || arg[0] != '-') {
            if (inputSeen) {
                error = "more than one input file (\"" + o.input + "\" and \"" + arg + "\")";
                return std::nullopt;
            }
            o.input = arg;
            inputSeen = true;
        } else {
            error = "unknown option \"" + arg + "\" (see --help)";
            return std::nullopt;
        }
    }
    return o;
}

} // namespace overture::cli
