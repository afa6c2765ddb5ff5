// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "history/history_json.hpp"

#include "data/json_file.hpp"
#include "text/utf8.hpp"

#include <array>
#include <nlohmann/json.hpp>

namespace overture {

namespace {

// nlohmann's SAX interface: returning false stops the parse; the first problem is kept.
class HistorySax {
public:
    HistorySax(const std::string& source, std::string_view text,
               const std::function<void(PastNote&&)>& add)
        : source_(source), text_(text), add_(add) {}

    bool null() { return scalar(nullptr); }
    bool boolean(bool /*value*/) { return scalar("a boolean"); }
    bool number_integer(std::int64_t /*value*/) { return scalar("a number"); }
    bool number_unsigned(std::uint64_t /*value*/) { return scalar("a number"); }
    bool number_float(double /*value*/, const std::string& /*raw*/) { return scalar("a number"); }
    bool binary(nlohmann::json::binary_t& /*value*/) { return scalar("binary data"); }

    bool string(std::string& value) {
        if (skipDepth_ > 0 || depth_ != 2)
            return scalar("a string");
        if (std::string* field = currentField(); field != nullptr)
            *field = std::move(value);
        return true;
    }

    bool start_object(std::size_t /*size*/) {
        if (skipDepth_ > 0 || (depth_ == 2)) {
            if (skipDepth_ == 0 && currentField() != nullptr)
                return fail(notePath() + "." + key_, "expected a string");
            ++skipDepth_; // an unknown field holding an object: ignored, as unknown fields are
            return true;
        }
        if (depth_ == 0)
            return fail("(top level)", "expected an array of sent notes");
        ++depth_; // depth 1 -> 2: a note starts
        note_ = PastNote{};
        seen_ = {};
        return true;
    }

    bool key(std::string& key) {
        if (skipDepth_ == 0 && depth_ == 2)
            key_ = std::move(key);
        return true;
    }

    bool end_object() {
        if (skipDepth_ > 0) {
            --skipDepth_;
            return true;
        }
        --depth_; // a note ends
        if (!seen_[0])
            return fail(notePath() + ".text", "missing; expected a string");
        if (!note_.sentAt.empty() && !parseIsoDay(note_.sentAt))
            return fail(notePath() + ".sent_at",
                        "expected an ISO 8601 date such as 2026-11-22T09:30:00Z");
        add_(std::move(note_));
        ++index_;
        return true;
    }

    bool start_array(std::size_t /*size*/) {
        if (skipDepth_ > 0 || depth_ == 2) {
            if (skipDepth_ == 0 && currentField() != nullptr)
                return fail(notePath() + "." + key_, "expected a string");
            ++skipDepth_;
            return true;
        }
        if (depth_ == 1)
            return fail(notePath(), "expected an object");
        ++depth_; // depth 0 -> 1: the array of notes
        return true;
    }

    bool end_array() {
        if (skipDepth_ > 0) {
            --skipDepth_;
            return true;
        }
        --depth_;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::json::exception& e) {
        // The same words and places as parseJson() (data/json_file.cpp), the reader of every
        // other data file: a syntax error at the offending character (`position` is 1-based
        // and points just past it), a number that does not fit at the number's first digit.
        std::size_t at = position > 0 ? position - 1 : 0;
        std::string what = e.what();
        if (e.id == 406) { // out_of_range.406: "number overflow parsing '1e999'"
            at = position >= lastToken.size() ? position - lastToken.size() : 0;
            what = "number out of range: " + lastToken;
        } else if (const auto cut = what.find("syntax error"); cut != std::string::npos) {
            what = what.substr(cut); // drop nlohmann's "[json.exception...] ...: " prefix
        } else {
            what = "cannot read the value";
        }
        const auto [line, col] = lineAndColumn(text_, at);
        error_ = source_ + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + what;
        return false;
    }

    [[nodiscard]] const std::string& error() const { return error_; }

private:
    // A scalar: in a note, the value of a field; anywhere else, a misplaced value.
    bool scalar(const char* kind) {
        if (skipDepth_ > 0)
            return true;
        if (depth_ == 0)
            return fail("(top level)", "expected an array of sent notes");
        if (depth_ == 1)
            return fail(notePath(), "expected an object");
        if (kind != nullptr && currentField() != nullptr)
            return fail(notePath() + "." + key_, "expected a string");
        // null, or an unknown field: nothing to keep.
        return true;
    }

    // The note's field for the current key (marking it seen), or null for an unknown key.
    std::string* currentField() {
        static constexpr std::array<std::string_view, 5> kKeys = {"text", "name", "company",
                                                                  "relationship", "sent_at"};
        for (std::size_t i = 0; i < kKeys.size(); ++i)
            if (key_ == kKeys[i]) {
                seen_[i] = true;
                std::array<std::string*, 5> fields = {&note_.text, &note_.name, &note_.company,
                                                      &note_.relationship, &note_.sentAt};
                return fields[i];
            }
        return nullptr;
    }

    [[nodiscard]] std::string notePath() const { return "[" + std::to_string(index_) + "]"; }

    bool fail(const std::string& field, const std::string& message) {
        error_ = fieldError(source_, field, message).what();
        return false;
    }

    const std::string& source_;
    std::string_view text_;
    const std::function<void(PastNote&&)>& add_;
    int depth_ = 0;     // 0 outside, 1 in the array, 2 in a note
    int skipDepth_ = 0; // > 0 inside an unknown field's object or array
    std::size_t index_ = 0;
    std::string key_;
    PastNote note_;
    std::array<bool, 5> seen_{};
    std::string error_;
};

} // namespace

void readHistoryJson(std::string_view json, const std::string& source,
                     const std::function<void(PastNote&&)>& add) {
    if (json.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw DataError(source + ":1:1: the file is empty; expected a JSON array");
    if (const auto bad = text::findInvalidUtf8(json)) {
        const auto [line, col] = lineAndColumn(json, *bad);
        throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(col) +
                        ": invalid UTF-8 (byte " + std::to_string(*bad) + ")");
    }
    HistorySax sax(source, json, add);
    const bool ok = nlohmann::json::sax_parse(json, &sax);
    if (!ok)
        throw DataError(sax.error().empty() ? source + ": cannot read the history" : sax.error());
}

bool writeHistoryJson(std::ostream& out, const std::vector<PastNote>& notes,
                      const std::function<bool(std::size_t)>& progress) {
    const auto str = [](const std::string& s) {
        return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    out << '[';
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const PastNote& n = notes[i];
        out << (i == 0 ? "\n  " : ",\n  ") << "{\"text\": " << str(n.text)
            << ", \"name\": " << str(n.name) << ", \"company\": " << str(n.company)
            << ", \"relationship\": " << str(n.relationship) << ", \"sent_at\": " << str(n.sentAt)
            << '}';
        if (progress && (i + 1) % 1000 == 0 && !progress(i + 1))
            return false;
    }
    out << (notes.empty() ? "]" : "\n]");
    return static_cast<bool>(out);
}

} // namespace overture
