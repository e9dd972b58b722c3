#pragma once

#include "core/Result.h"

#include <string>

namespace castellan {

/// Creates the self-signed TLS certificate of a first start: ECDSA P-256, valid for localhost,
/// 127.0.0.1 and ::1 (plus an extra host name), written as PEM with the key readable by the owner only.
class SelfSignedCertificate
{
public:
    /// Writes `certFile` and `keyFile` unless both already exist; returns true when it created them.
    static Result<bool> ensure(const std::string& certFile, const std::string& keyFile,
                               const std::string& extraHost = {});
    /// SHA-256 fingerprint of a PEM certificate as colon-separated hex (what admins compare on first use).
    static Result<std::string> fingerprint(const std::string& certFile);
};

} // namespace castellan
