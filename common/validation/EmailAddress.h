#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace castellan {

/// E-mail addresses for one-time codes and notifications, checked pragmatically rather than by the full
/// RFC 5322 grammar: one "@", a local part of 1 to 64 bytes (RFC 5321 §4.5.3.1.1) without spaces or control
/// characters, and a domain name of dot-separated labels of ASCII letters, digits and inner hyphens (RFC 1035
/// §2.3.1, at most 63 bytes each) with at least one dot; at most 254 bytes in all (RFC 5321 path limit).
class EmailAddress
{
public:
    static constexpr std::size_t kMaxLength = 254;
    static constexpr std::size_t kMaxLocalPartLength = 64;
    static constexpr std::size_t kMaxLabelLength = 63;

    /// `text` without surrounding white space and with the domain in lower case (domains ignore case; the
    /// local part is kept as typed). Fails with InvalidInput and one FieldError on `field`.
    static Result<std::string> normalise(std::string_view text, std::string_view field = "email");
};

} // namespace castellan
