// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spelling/lazy_speller.hpp"

namespace overture {

const HunspellSpeller* LazySpeller::get() const {
    std::call_once(opened_, [this] {
        std::string error;
        speller_ = HunspellSpeller::open(language_, error);
    });
    return speller_.get();
}

bool LazySpeller::isCorrect(std::string_view word) const {
    const HunspellSpeller* s = get();
    return s != nullptr && s->isCorrect(word);
}

std::vector<std::string> LazySpeller::suggest(std::string_view word, std::size_t max) const {
    const HunspellSpeller* s = get();
    return s != nullptr ? s->suggest(word, max) : std::vector<std::string>{};
}

bool LazySpeller::available() const {
    return get() != nullptr;
}

} // namespace overture
