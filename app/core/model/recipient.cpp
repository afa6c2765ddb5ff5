#include "model/recipient.hpp"

namespace overture {

std::string Recipient::firstName() const {
    const auto start = name.find_first_not_of(" \t");
    if (start == std::string::npos)
        return {};
    const auto end = name.find_first_of(" \t", start);
    return name.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string Recipient::field(std::string_view id) const {
    if (id == "name")
        return name;
    if (id == "first-name")
        return firstName();
    if (id == "company")
        return company;
    if (id == "role")
        return role;
    if (id == "context")
        return context;
    if (id == "reason")
        return reason;
    return {};
}

} // namespace overture
