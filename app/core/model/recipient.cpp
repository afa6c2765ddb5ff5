#include "model/recipient.hpp"

namespace overture {

std::string Recipient::firstName() const {
    const auto start = name.find_first_not_of(" \t");
    if (start == std::string::npos)
        return {};
    const auto end = name.find_first_of(" \t", start);
    return name.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

} // namespace overture
