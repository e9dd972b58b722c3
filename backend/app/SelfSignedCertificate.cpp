#include "app/SelfSignedCertificate.h"

#include "crypto/CertificateSummary.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <openssl/rand.h>
#include <sstream>
#include <sys/stat.h>

namespace castellan {
namespace {

template <typename T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

Error opensslError(const std::string& what)
{
    return Error::of(ErrorCode::Crypto, "cannot create the TLS certificate: " + what);
}

bool addExtension(X509* cert, int nid, const std::string& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext) {
        return false;
    }
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writePem(const std::string& path, mode_t mode, const std::function<int(FILE*)>& write)
{
    const std::string temp = path + ".tmp";
    const mode_t old = umask(0077);
    FILE* file = std::fopen(temp.c_str(), "w");
    umask(old);
    if (!file) {
        return false;
    }
    const bool ok = write(file) == 1;
    const bool closed = std::fclose(file) == 0;
    if (!ok || !closed || chmod(temp.c_str(), mode) != 0) {
        std::remove(temp.c_str());
        return false;
    }
    return std::rename(temp.c_str(), path.c_str()) == 0;
}

} // namespace

Result<bool> SelfSignedCertificate::ensure(const std::string& certFile, const std::string& keyFile,
                                           const std::string& extraHost)
{
    if (std::filesystem::exists(certFile) && std::filesystem::exists(keyFile)) {
        return false;
    }
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        return opensslError("key generation failed");
    }
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        return opensslError("no random serial");
    }
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Castellan MFA"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), name);
    std::string san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!extraHost.empty() && extraHost != "localhost") {
        san += (extraHost.find_first_not_of("0123456789.:") == std::string::npos ? ",IP:" : ",DNS:") + extraHost;
    }
    if (!addExtension(cert.get(), NID_subject_alt_name, san) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")) {
        return opensslError("extensions rejected");
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return opensslError("signing failed");
    }
    if (!writePem(keyFile, 0600,
                  [&](FILE* f) { return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr); })) {
        return Error::of(ErrorCode::Configuration, "cannot write the TLS key to " + keyFile);
    }
    if (!writePem(certFile, 0644, [&](FILE* f) { return PEM_write_X509(f, cert.get()); })) {
        return Error::of(ErrorCode::Configuration, "cannot write the TLS certificate to " + certFile);
    }
    return true;
}

Result<std::string> SelfSignedCertificate::fingerprint(const std::string& certFile)
{
    std::ifstream file(certFile);
    if (!file) {
        return Error::of(ErrorCode::Configuration, "cannot read the TLS certificate " + certFile);
    }
    std::ostringstream pem;
    pem << file.rdbuf();
    auto summary = CertificateSummary::fromPem(pem.str());
    if (!summary) {
        return Error::of(ErrorCode::Configuration, certFile + " is not a PEM certificate");
    }
    return summary->sha256Fingerprint;
}

} // namespace castellan
