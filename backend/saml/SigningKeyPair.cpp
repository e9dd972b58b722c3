#include "saml/SigningKeyPair.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

namespace castellan {
namespace {

template <typename T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

std::string bioText(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<size_t>(size)) : std::string();
}

Error failure(const std::string& what)
{
    return Error::of(ErrorCode::Crypto, "cannot create the SAML signing key: " + what);
}

} // namespace

Result<SigningKeyPair> SigningKeyPair::generate(const std::string& commonName, int validDays)
{
    KeyPtr key(EVP_RSA_gen(2048));
    if (!key) {
        return failure("RSA key generation failed");
    }
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1) {
        return failure("no random serial");
    }
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * validDays);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Castellan MFA"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName.c_str()),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        return failure("certificate signing failed");
    }
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1) {
        return failure("PEM encoding failed");
    }
    return SigningKeyPair{bioText(certBio.get()), bioText(keyBio.get())};
}

std::string SigningKeyPair::certificateBase64(const std::string& certificatePem)
{
    std::string body;
    bool inside = false;
    size_t start = 0;
    while (start < certificatePem.size()) {
        size_t end = certificatePem.find('\n', start);
        if (end == std::string::npos) {
            end = certificatePem.size();
        }
        std::string line = certificatePem.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.rfind("-----BEGIN", 0) == 0) {
            inside = true;
        } else if (line.rfind("-----END", 0) == 0) {
            break;
        } else if (inside) {
            body += line;
        }
        start = end + 1;
    }
    return body;
}

} // namespace castellan
