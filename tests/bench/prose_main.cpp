// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// overture_prose: writes the benchmark inputs for tests/bench/compare.sh.
//   overture_prose BYTES    about BYTES bytes of varied English prose (prose.hpp)
//   overture_prose note     the typical 300-character note
#include "prose.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: overture_prose BYTES | note\n";
        return 2;
    }
    const std::string arg = argv[1];
    try {
        if (arg == "note") {
            std::cout << overture::bench::kNote << '\n';
            return 0;
        }
        std::cout << overture::bench::makeProse(std::stoul(arg));
    } catch (const std::exception& e) {
        std::cerr << "overture_prose: " << e.what() << '\n';
        return 2;
    }
    return std::cout ? 0 : 1;
}
