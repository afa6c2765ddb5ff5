// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/text_output.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace overture::cli {

namespace {
// 1-based line and column (in code points) of byte offsets, asked in increasing order: each
// lookup walks on from the previous one, so a report of many findings stays linear.
class Positions {
public:
    explicit Positions(std::string_view text) : text_(text) {}
    std::pair<std::size_t, std::size_t> at(std::size_t byte) {
        if (byte < i_)
            *this = Positions(text_); // out of order: start again
        while (i_ < byte && i_ < text_.size()) {
            if (text_[i_] == '\n') {
                ++line_;
                col_ = 1;
                ++i_;
                continue;
            }
            text::decodeNext(text_, i_);
            ++col_;
        }
        return {line_, col_};
    }

private:
    std::string_view text_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
    std::size_t col_ = 1;
};
} // namespace

void printTextReport(std::ostream& out, const Report& report, std::string_view text,
                     const std::string& inputName) {
    Positions positions(text);
    for (const Finding& f : report.findings) {
        const auto [line, col] = positions.at(f.span.begin);
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

void printRoles(std::ostream& out, const Report& report, std::string_view text) {
    Positions positions(text);
    out << "roles:\n";
    std::size_t i = 0;
    while (i < report.roles.size()) {
        // One line per clause: the roles that share its span.
        const Span span = report.roles[i].span;
        std::string roles;
        for (; i < report.roles.size() && report.roles[i].span == span; ++i) {
            if (!roles.empty())
                roles += ", ";
            roles += roleId(report.roles[i].role);
            if (!report.roles[i].implies.empty()) {
                roles += " (";
                for (std::size_t k = 0; k < report.roles[i].implies.size(); ++k)
                    roles += (k > 0 ? ", " : "") +
                             std::string(relationshipId(report.roles[i].implies[k]));
                roles += ")";
            }
        }
        const auto [line, col] = positions.at(span.begin);
        const std::string where = std::to_string(line) + ":" + std::to_string(col);
        std::string clause(text.substr(span.begin, span.end - span.begin));
        std::replace(clause.begin(), clause.end(), '\n', ' ');
        out << "  " << where << std::string(where.size() < 6 ? 6 - where.size() : 1, ' ') << roles
            << std::string(roles.size() < 34 ? 34 - roles.size() : 1, ' ') << clause << '\n';
    }
}

} // namespace overture::cli
