#pragma once

#include <string>
#include <string_view>

namespace castellan {

/// `text` escaped for XML and HTML element content and quoted attribute values: & < > " ' become entity
/// references (XML 1.0 §2.4; `&apos;` is also an HTML5 named reference).
std::string escapeMarkup(std::string_view text);

} // namespace castellan
