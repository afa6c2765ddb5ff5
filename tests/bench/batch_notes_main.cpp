// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes N batch rows for overture-lint --batch, made from a labelled corpus (an array
// of notes with their cards, tests/corpus/en/own.json), cycled until there are N:
//   overture_batch_notes CORPUS N jsonl|csv > notes.jsonl
// Only the batch columns are kept; the corpus's id, label and expectations are not.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

std::string csvField(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: overture_batch_notes CORPUS N jsonl|csv\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    const nlohmann::json corpus = nlohmann::json::parse(in, nullptr, false);
    const long count = std::stol(argv[2]);
    const bool csv = std::string(argv[3]) == "csv";
    if (!corpus.is_array() || corpus.empty() || count < 1) {
        std::cerr << "overture_batch_notes: " << argv[1] << " is not a non-empty array\n";
        return 2;
    }
    static const char* const kColumns[] = {"text",         "name",    "company", "role",
                                           "relationship", "context", "reason",  "limit"};
    if (csv)
        std::cout << "text,name,company,role,relationship,context,reason,limit\n";
    for (long i = 0; i < count; ++i) {
        const auto& note = corpus[static_cast<std::size_t>(i) % corpus.size()];
        nlohmann::json row = nlohmann::json::object();
        std::string line;
        for (const char* column : kColumns) {
            const auto it = note.find(column);
            std::string value;
            if (it != note.end() && it->is_string())
                value = it->get<std::string>();
            else if (it != note.end() && it->is_number_integer())
                value = std::to_string(it->get<int>());
            if (!value.empty())
                row[column] = value;
            if (csv)
                line += (line.empty() && std::string(column) == "text" ? "" : ",") +
                        (value.empty() ? std::string() : csvField(value));
        }
        std::cout << (csv ? line : row.dump()) << '\n';
    }
    return 0;
}
