#include "text/accents.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <array>

namespace overture::text {

namespace {

// U+00C0..U+00FF, lowercase base letters ("" for × and ÷, which are kept).
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100..U+017F in runs of one base letter: [first, last] -> base.
struct Run {
    char32_t first;
    char32_t last;
    std::string_view base;
};
constexpr std::array<Run, 22> kExtendedA = {{
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"},  {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"},  {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"},  {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"},  {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
}};

std::string_view baseOf(char32_t c) {
    if (c >= 0xC0 && c <= 0xFF)
        return kLatin1[c - 0xC0];
    for (const Run& r : kExtendedA)
        if (c >= r.first && c <= r.last)
            return r.base;
    return {};
}

} // namespace

std::string withoutAccents(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        const char32_t c = decodeNext(utf8, pos);
        if (c < 0x80) {
            const auto b = static_cast<char>(c);
            out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b + ('a' - 'A')) : b;
        } else if (isCombiningMark(c)) {
            continue;
        } else if (const std::string_view base = baseOf(c); !base.empty()) {
            out += base;
        } else {
            out += utf8.substr(start, pos - start);
        }
    }
    return out;
}

} // namespace overture::text
