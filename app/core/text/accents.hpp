// Latin letters without their accents, for comparing names as people type them: "Jose"
// greets "José García", "Zoe" greets "Zoë", "Muller" greets "Müller". Letters of
// Latin-1 and Latin Extended-A lose their marks (ß, æ, œ become ss, ae, oe), combining
// marks are dropped, ASCII letters are lowercased; everything else is kept as it is.
#pragma once

#include <string>
#include <string_view>

namespace overture::text {

std::string withoutAccents(std::string_view utf8);

} // namespace overture::text
