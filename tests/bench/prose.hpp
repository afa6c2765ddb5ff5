// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Inputs for the benchmarks and the comparison script, made at run time from text that
// is on every Debian machine (so no large file is committed): the licence texts in
// /usr/share/common-licenses, split into paragraphs and shuffled with a fixed seed, so
// each size is varied English prose and every run sees the same bytes.
#pragma once

#include "model/recipient.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace overture::bench {

// A typical note (about 300 characters) and the card it was written for.
inline constexpr std::string_view kNote =
    "Hi Priya, I enjoyed your talk on idempotent retries at the Berlin FinTech Summit last "
    "Thursday, especially the part about replaying failed webhooks. I'm rebuilding the "
    "payments stack at Acme Print and we hit the same problem. Would you be open to "
    "connecting and comparing notes sometime?";

inline Recipient noteCard() {
    Recipient card;
    card.name = "Priya Shah";
    card.company = "Stripe";
    card.relationship = Relationship::MetInPerson;
    card.context = "Berlin FinTech Summit";
    card.reason = "payments reliability";
    return card;
}

// Where the source texts are read from: $OVERTURE_BENCH_TEXT (a folder of plain-text
// files) or /usr/share/common-licenses.
inline std::filesystem::path sourceFolder() {
    if (const char* env = std::getenv("OVERTURE_BENCH_TEXT"); env != nullptr && *env != '\0')
        return env;
    return "/usr/share/common-licenses";
}

// The paragraphs of every regular file in the folder (symlinks skipped, so GPL and
// GPL-3 count once), in file-name order.
inline std::vector<std::string> sourceParagraphs() {
    const std::filesystem::path dir = sourceFolder();
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (!e.is_symlink() && e.is_regular_file())
            files.push_back(e.path());
    if (ec || files.empty())
        throw std::runtime_error("no text to make prose from in " + dir.string() +
                                 " (set OVERTURE_BENCH_TEXT to a folder of text files)");
    std::sort(files.begin(), files.end());
    std::vector<std::string> paragraphs;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), {}};
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find("\n\n", start);
            if (end == std::string::npos)
                end = text.size();
            std::string_view p(text.data() + start, end - start);
            while (!p.empty() && (p.front() == '\n' || p.front() == ' '))
                p.remove_prefix(1);
            while (!p.empty() && (p.back() == '\n' || p.back() == ' '))
                p.remove_suffix(1);
            // Keep paragraphs with some words in them; skip rules of dashes and bare headings.
            if (p.size() >= 40 && std::count(p.begin(), p.end(), ' ') >= 5)
                paragraphs.emplace_back(p);
            start = end + 2;
        }
    }
    return paragraphs;
}

// About `bytes` bytes of prose (cut at a space), paragraphs reshuffled on every pass.
inline std::string makeProse(std::size_t bytes) {
    const std::vector<std::string> paragraphs = sourceParagraphs();
    std::vector<std::size_t> order(paragraphs.size());
    std::uint64_t state = 0x9E3779B97F4A7C15ULL; // a fixed seed: the same text every run
    auto next = [&state]() {
        state ^= state << 13U;
        state ^= state >> 7U;
        state ^= state << 17U;
        return state;
    };
    std::string out;
    out.reserve(bytes + 4096);
    while (out.size() < bytes) {
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[next() % i]);
        for (const std::size_t i : order) {
            if (out.size() >= bytes)
                break;
            if (!out.empty())
                out += "\n\n";
            out += paragraphs[i];
        }
    }
    if (out.size() > bytes) {
        const std::size_t cut = out.find_last_of(" \n", bytes);
        out.resize(cut == std::string::npos ? bytes : cut);
    }
    out += '\n';
    return out;
}

} // namespace overture::bench
