#include "crypto/CertificateSummary.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace castellan {
namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;
using TimePtr = std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)>;

/// Seconds since the epoch of an ASN.1 UTCTime or GeneralizedTime, by difference from the epoch itself so that
/// neither the TZ environment nor timegm() is involved.
bool epochSeconds(const ASN1_TIME* time, std::int64_t& seconds)
{
    TimePtr epoch(ASN1_TIME_set(nullptr, 0), ASN1_TIME_free);
    int days = 0;
    int rest = 0;
    if (!epoch || ASN1_TIME_diff(&days, &rest, epoch.get(), time) != 1) {
        return false;
    }
    seconds = std::int64_t(days) * 86'400 + rest;
    return true;
}

std::string colonHex(const unsigned char* bytes, unsigned int length)
{
    static const char* kHex = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        if (i) {
            text += ':';
        }
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 0xf];
    }
    return text;
}

} // namespace

Result<CertificateSummary> CertificateSummary::fromPem(std::string_view pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    CertPtr cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr, X509_free);
    if (!cert) {
        return Error::of(ErrorCode::InvalidInput, "not a PEM certificate");
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    CertificateSummary summary;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &length) != 1 ||
        !epochSeconds(X509_get0_notBefore(cert.get()), summary.notBefore) ||
        !epochSeconds(X509_get0_notAfter(cert.get()), summary.notAfter)) {
        return Error::of(ErrorCode::InvalidInput, "the certificate cannot be read");
    }
    summary.sha256Fingerprint = colonHex(digest, length);
    return summary;
}

Result<CertificateSummary> CertificateSummary::fromBase64Der(std::string_view base64)
{
    std::string compact;
    for (char c : base64) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            compact += c;
        }
    }
    // PEM readers take base64 in lines of 64 characters (RFC 7468 section 2).
    std::string pem = "-----BEGIN CERTIFICATE-----\n";
    for (std::size_t at = 0; at < compact.size(); at += 64) {
        pem += compact.substr(at, 64) + "\n";
    }
    pem += "-----END CERTIFICATE-----\n";
    return fromPem(pem);
}

} // namespace castellan
