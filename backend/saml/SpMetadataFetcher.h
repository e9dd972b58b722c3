#pragma once

#include "core/Result.h"

#include <cstddef>
#include <string>

namespace castellan {

/// Fetches an SP's metadata document from the `https` URL an administrator gives (`POST /service-providers` with
/// `metadata_url`). Only https is followed, redirects included; the peer's certificate is verified against the
/// system CAs (plus `extraCaPem`, when given) and its host name checked; the whole exchange has one deadline and
/// the document a size limit. A failure says exactly why (DNS, connection, TLS, HTTP status, size, time) in an
/// InvalidInput error on the field `metadata_url`.
class SpMetadataFetcher
{
public:
    static constexpr int kTimeoutSeconds = 10;
    static constexpr std::size_t kMaxBytes = 1024 * 1024;
    static constexpr int kMaxRedirects = 3;

    /// The document at `url`; `extraCaPem` is one or more PEM certificates trusted besides the system CAs (an
    /// error on `metadata_ca_pem` when it holds none).
    Result<std::string> fetch(const std::string& url, const std::string& extraCaPem = {}) const;
};

} // namespace castellan
