#include "cli/text_output.hpp"

#include "text/utf8.hpp"

namespace overture::cli {

namespace {
// 1-based line and column (in code points) of a byte offset.
std::pair<std::size_t, std::size_t> position(std::string_view text, std::size_t byte) {
    std::size_t line = 1;
    std::size_t col = 1;
    std::size_t i = 0;
    while (i < byte && i < text.size()) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
            ++i;
            continue;
        }
        text::decodeNext(text, i);
        ++col;
    }
    return {line, col};
}
} // namespace

void printTextReport(std::ostream& out, const Report& report, std::string_view text,
                     const std::string& inputName) {
    for (const Finding& f : report.findings) {
        const auto [line, col] = position(text, f.span.begin);
        out << inputName << ':' << line << ':' << col << ": " << severityId(f.severity) << ": "
            << f.message << " [" << f.rule << "]\n";
        if (!f.explanation.empty())
            out << "    " << f.explanation << '\n';
        for (const auto& r : f.replacements)
            out << "    fix: " << (r.empty() ? "(remove)" : r) << '\n';
    }
    out << report.stats.characters << " / " << report.stats.limit << " characters · "
        << report.stats.sentences << (report.stats.sentences == 1 ? " sentence" : " sentences")
        << " · " << report.stats.words << (report.stats.words == 1 ? " word" : " words") << '\n';
    out << "scorecard:";
    for (const Reason r :
         {Reason::Indistinguishable, Reason::Disingenuous, Reason::LackingCreativity, Reason::Lazy})
        out << ' ' << reasonId(r) << '=' << gradeId(report.grade(r));
    out << '\n'
        << (report.ready ? "ready to send" : "not ready: fix the findings at warning or above")
        << '\n';
}

} // namespace overture::cli
