// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spelling/hunspell_speller.hpp"

#include <cstdint>
#include <cstdlib>
#include <hunspell/hunspell.hxx>

namespace overture {

std::vector<std::filesystem::path> HunspellSpeller::searchPath() {
    std::vector<std::filesystem::path> dirs;
    if (const char* env = std::getenv("DICPATH"); env != nullptr && *env != '\0') {
        std::string_view rest(env);
        while (!rest.empty()) {
            const auto colon = rest.find(':');
            const auto part = rest.substr(0, colon);
            if (!part.empty())
                dirs.emplace_back(std::string(part));
            if (colon == std::string_view::npos)
                break;
            rest.remove_prefix(colon + 1);
        }
    }
    dirs.emplace_back("/usr/share/hunspell");
    dirs.emplace_back("/usr/share/myspell/dicts");
    return dirs;
}

std::unique_ptr<HunspellSpeller> HunspellSpeller::open(const std::string& language,
                                                       std::string& error) {
    // Language names are file names here: refuse anything that could leave the folder.
    if (language.empty() || language.find_first_of("/\\.") != std::string::npos) {
        error = "invalid dictionary language \"" + language + "\"";
        return nullptr;
    }
    for (const auto& dir : searchPath()) {
        const auto aff = dir / (language + ".aff");
        const auto dic = dir / (language + ".dic");
        std::error_code ec;
        if (std::filesystem::is_regular_file(aff, ec) && std::filesystem::is_regular_file(dic, ec))
            return std::make_unique<HunspellSpeller>(aff, dic, language);
    }
    error = "no Hunspell dictionary for " + language +
            " (looked in $DICPATH, /usr/share/hunspell, /usr/share/myspell/dicts); spelling is off";
    return nullptr;
}

HunspellSpeller::HunspellSpeller(const std::filesystem::path& aff, const std::filesystem::path& dic,
                                 std::string language)
    : hunspell_(std::make_unique<Hunspell>(aff.c_str(), dic.c_str())),
      language_(std::move(language)) {}

HunspellSpeller::~HunspellSpeller() = default;

bool HunspellSpeller::isCorrect(std::string_view word) const {
    std::uint64_t generation = 0;
    {
        const std::shared_lock read(cacheMutex_);
        const auto it = cache_.find(word);
        if (it != cache_.end())
            return it->second;
        generation = generation_;
    }
    std::string key(word);
    bool ok = false;
    {
        const std::lock_guard lock(hunspellMutex_);
        ok = hunspell_->spell(key);
    }
    const std::unique_lock write(cacheMutex_);
    // A word added (or the cache cleared) while this thread was in Hunspell: the answer
    // may predate the add, so it is returned but not kept.
    if (generation != generation_)
        return ok;
    if (cache_.size() >= kMaxCachedWords)
        cache_.clear();
    cache_.emplace(std::move(key), ok);
    return ok;
}

std::vector<std::string> HunspellSpeller::suggest(std::string_view word, std::size_t max) const {
    std::vector<std::string> all;
    {
        const std::lock_guard lock(hunspellMutex_);
        all = hunspell_->suggest(std::string(word));
    }
    if (all.size() > max)
        all.resize(max);
    return all;
}

void HunspellSpeller::addWord(const std::string& word) {
    {
        const std::lock_guard lock(hunspellMutex_);
        hunspell_->add(word);
    }
    clearCache(); // after the add: see the generation check in isCorrect()
}

void HunspellSpeller::clearCache() {
    const std::unique_lock write(cacheMutex_);
    cache_.clear();
    ++generation_;
}

std::size_t HunspellSpeller::cachedWords() const {
    const std::shared_lock read(cacheMutex_);
    return cache_.size();
}

} // namespace overture
