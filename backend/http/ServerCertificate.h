#pragma once

#include "core/Result.h"

#include <openssl/types.h>

#include <atomic>
#include <memory>
#include <string>

namespace castellan {

/// The certificate chain and private key a TLS server listener (HTTPS, RadSec) presents, re-readable while the
/// server runs (issue 16, `systemctl reload`). load() reads both PEM files and checks them (the key belongs to the
/// certificate, the certificate is within its validity period) before it replaces the pair in use, so a bad file
/// is refused and the previous pair stays. presentOn() makes every later handshake on an OpenSSL context present
/// the pair current at that moment (OpenSSL's certificate callback, run per connection after the ClientHello):
/// connections already open keep the certificate they were made with.
class ServerCertificate
{
public:
    ServerCertificate(std::string certFile, std::string keyFile);
    ~ServerCertificate();
    ServerCertificate(const ServerCertificate&) = delete;
    ServerCertificate& operator=(const ServerCertificate&) = delete;

    /// At start: reads and checks the files; on success they are what handshakes present, and the result
    /// describes the certificate ("/CN=..., valid until ..., SHA-256 ..."; "(EXPIRED)" appended when it is, as
    /// the server has always started with an expired certificate rather than not at all). Errors
    /// (Configuration) name the file and why.
    [[nodiscard]] Result<std::string> load();
    /// While serving: as load(), but a certificate outside its validity period is refused too; on any error the
    /// pair in use is kept.
    [[nodiscard]] Result<std::string> reload();
    /// Installs the certificate callback on `context`; this object must outlive every handshake on it.
    void presentOn(SSL_CTX* context) const;
    [[nodiscard]] bool loaded() const;

    const std::string& certFile() const { return m_certFile; }
    const std::string& keyFile() const { return m_keyFile; }

private:
    struct Pair;
    Result<std::string> read(bool refuseOutOfDate);
    static int onHandshake(SSL* ssl, void* self);

    const std::string m_certFile;
    const std::string m_keyFile;
    std::atomic<std::shared_ptr<const Pair>> m_current;
};

} // namespace castellan
