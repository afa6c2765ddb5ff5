// Errors in data files (phrase lists, openers, dictionaries, settings). The message is
// always one line that names the file and, where known, the line and column or the
// JSON field, so a person can open the file and fix it.
#pragma once

#include <stdexcept>
#include <string>

namespace overture {

class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace overture
