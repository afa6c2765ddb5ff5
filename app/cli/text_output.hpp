// The report as a person reads it in a terminal, like a compiler's diagnostics:
//   note.txt:1:5: error: LinkedIn's stock invitation text [default-text]
//       fix: ...
#pragma once

#include "model/report.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace overture::cli {

void printTextReport(std::ostream& out, const Report& report, std::string_view text,
                     const std::string& inputName);

} // namespace overture::cli
