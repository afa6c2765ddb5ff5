// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers shared by the fuzz targets: an invariant check that stops the fuzzer with a
// message (a broken invariant is a finding, like a crash), and the shipped data parsed
// once per process.
#pragma once

#include "data/embedded_data.hpp"
#include "engine/load_lint_data.hpp"
#include "model/finding.hpp"
#include "text/utf8.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace overture::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The built-in English language pack, compiled once (no data folder: the copies compiled
// into the binary).
struct ShippedData {
    std::shared_ptr<const LintData> lintData;
};

inline const ShippedData& shipped() {
    static const ShippedData data = [] {
        ShippedData d;
        d.lintData = loadLintData(std::nullopt, "en").data;
        return d;
    }();
    return data;
}

// A finding's span lies inside the text, on code point boundaries, and names a rule.
inline void checkFinding(const Finding& f, std::string_view text) {
    FUZZ_CHECK(!f.rule.empty());
    FUZZ_CHECK(f.span.begin <= f.span.end);
    FUZZ_CHECK(f.span.end <= text.size());
    auto boundary = [&](std::size_t at) {
        return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0U) != 0x80U;
    };
    FUZZ_CHECK(boundary(f.span.begin));
    FUZZ_CHECK(boundary(f.span.end));
}

} // namespace overture::fuzz
