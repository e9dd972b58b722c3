#include "http/ServerCertificate.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>

namespace castellan {

struct ServerCertificate::Pair
{
    X509* cert = nullptr;
    EVP_PKEY* key = nullptr;
    STACK_OF(X509) * chain = nullptr; ///< intermediates after the leaf, as the file lists them

    Pair() = default;
    Pair(const Pair&) = delete;
    Pair& operator=(const Pair&) = delete;
    ~Pair()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
        sk_X509_pop_free(chain, X509_free);
    }
};

namespace {

std::string openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return "no PEM data";
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

Error refused(const std::string& what, const std::string& file, const std::string& why)
{
    return Error::of(ErrorCode::Configuration, "cannot use TLS " + what + " " + file + ": " + why);
}

std::string asn1Time(const ASN1_TIME* time)
{
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1) {
        return "?";
    }
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

std::string describe(X509* cert)
{
    char subject[256];
    X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof subject);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, EVP_sha256(), digest, &length);
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        char byte[4];
        std::snprintf(byte, sizeof byte, i == 0 ? "%02X" : ":%02X", digest[i]);
        hex += byte;
    }
    return std::string(subject) + ", valid until " + asn1Time(X509_get0_notAfter(cert)) + ", SHA-256 " + hex;
}

} // namespace

ServerCertificate::ServerCertificate(std::string certFile, std::string keyFile)
    : m_certFile(std::move(certFile)), m_keyFile(std::move(keyFile))
{}

ServerCertificate::~ServerCertificate() = default;

Result<std::string> ServerCertificate::load()
{
    return read(false);
}

Result<std::string> ServerCertificate::reload()
{
    return read(true);
}

Result<std::string> ServerCertificate::read(bool refuseOutOfDate)
{
    ERR_clear_error();
    auto pair = std::make_shared<Pair>();
    BIO* certBio = BIO_new_file(m_certFile.c_str(), "r");
    if (certBio == nullptr) {
        return refused("certificate", m_certFile, openSslError());
    }
    pair->cert = PEM_read_bio_X509_AUX(certBio, nullptr, nullptr, nullptr);
    if (pair->cert != nullptr) {
        pair->chain = sk_X509_new_null();
        while (X509* next = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr)) {
            sk_X509_push(pair->chain, next);
        }
        ERR_clear_error(); // the end of the file ends the chain
    }
    BIO_free(certBio);
    if (pair->cert == nullptr) {
        return refused("certificate", m_certFile, openSslError());
    }
    BIO* keyBio = BIO_new_file(m_keyFile.c_str(), "r");
    if (keyBio == nullptr) {
        return refused("key", m_keyFile, openSslError());
    }
    // No passphrase callback: an encrypted key is refused rather than prompting on the service's terminal.
    pair->key = PEM_read_bio_PrivateKey(
        keyBio, nullptr, [](char*, int, int, void*) { return 0; }, nullptr);
    BIO_free(keyBio);
    if (pair->key == nullptr) {
        return refused("key", m_keyFile, openSslError());
    }
    if (X509_check_private_key(pair->cert, pair->key) != 1) {
        ERR_clear_error();
        return refused("key", m_keyFile, "it does not belong to the certificate " + m_certFile);
    }
    std::string description = describe(pair->cert);
    const bool expired = X509_cmp_current_time(X509_get0_notAfter(pair->cert)) <= 0;
    if (expired && refuseOutOfDate) {
        return refused("certificate", m_certFile,
                       "it expired on " + asn1Time(X509_get0_notAfter(pair->cert)) + " (" + description + ")");
    }
    if (refuseOutOfDate && X509_cmp_current_time(X509_get0_notBefore(pair->cert)) >= 0) {
        return refused("certificate", m_certFile,
                       "it is not valid before " + asn1Time(X509_get0_notBefore(pair->cert)));
    }
    if (expired) {
        description += " (EXPIRED)";
    }
    m_current.store(std::move(pair));
    return description;
}

bool ServerCertificate::loaded() const
{
    return m_current.load() != nullptr;
}

void ServerCertificate::presentOn(SSL_CTX* context) const
{
    SSL_CTX_set_cert_cb(context, &ServerCertificate::onHandshake, const_cast<ServerCertificate*>(this));
}

int ServerCertificate::onHandshake(SSL* ssl, void* self)
{
    const std::shared_ptr<const Pair> pair = static_cast<ServerCertificate*>(self)->m_current.load();
    if (!pair) {
        return 0; // nothing to present: the handshake fails rather than going on without a certificate
    }
    // Copies into this connection's own certificate slot (references, not the keys): a later load() cannot
    // change what an established connection presented.
    return SSL_use_cert_and_key(ssl, pair->cert, pair->key, pair->chain, 1) == 1 ? 1 : 0;
}

} // namespace castellan
