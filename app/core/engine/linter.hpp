// The engine's front door: a draft and a recipient card in, a Report out.
//
//   auto data = loadLintData(...).data;       // once, at start-up
//   Linter linter(data, speller);              // speller may be null
//   Report r = linter.lint(text, card);
//
// lint() is const and allocation-light; the Linter itself is cheap to keep around.
#pragma once

#include "engine/lint_data.hpp"
#include "engine/lint_options.hpp"
#include "engine/rule.hpp"
#include "model/recipient.hpp"
#include "model/report.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace overture {

class Speller;

class Linter {
public:
    explicit Linter(std::shared_ptr<const LintData> data,
                    std::shared_ptr<const Speller> speller = nullptr);

    // `text` must be valid UTF-8 (see text::findInvalidUtf8); invalid bytes are not read past.
    [[nodiscard]] Report lint(std::string_view text, const Recipient& card,
                              const LintOptions& options = {}) const;

    // Words the spelling rule accepts besides the dictionary, in every lint: the personal
    // dictionary. (Words ignored for one draft are LintOptions::ignoredWords.) Compared
    // case-folded.
    void acceptWord(std::string_view word);
    void setSpeller(std::shared_ptr<const Speller> speller) { speller_ = std::move(speller); }
    [[nodiscard]] const Speller* speller() const { return speller_.get(); }
    [[nodiscard]] const LintData& data() const { return *data_; }

private:
    std::shared_ptr<const LintData> data_;
    std::shared_ptr<const Speller> speller_;
    std::vector<std::unique_ptr<Rule>> rules_;
    std::unordered_set<std::string> acceptedWords_;
};

} // namespace overture
