#include "saml/RedirectBinding.h"

#include "crypto/Base64.h"

#include <Poco/URI.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <zlib.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace castellan::saml {
namespace {

constexpr const char* kRsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

std::optional<std::vector<std::uint8_t>> decodeBase64(std::string_view text)
{
    // Senders may wrap base64 lines; the canonical decoder wants none.
    std::string compact;
    for (char c : text) {
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
            compact += c;
        }
    }
    return Base64::decode(compact);
}

std::string decoded(const std::string& raw)
{
    std::string out;
    Poco::URI::decode(raw, out, true);
    return out;
}

std::string queryEncoded(const std::string& text)
{
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

std::string rawDeflate(const std::string& text)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("deflateInit2 failed");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(text.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw std::runtime_error("deflate failed");
    }
    return out;
}

std::string rsaSha256(const std::string& privateKeyPem, const std::string& text)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(privateKeyPem.data(), static_cast<int>(privateKeyPem.size())), BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t size = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &size, data, text.size()) != 1) {
        throw std::runtime_error("cannot sign the redirect query");
    }
    std::string signature(size, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, data, text.size()) != 1) {
        throw std::runtime_error("cannot sign the redirect query");
    }
    signature.resize(size);
    return signature;
}

std::string base64Of(const std::string& bytes)
{
    return Base64::encode(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

bool verifies(EVP_PKEY* key, const EVP_MD* digest, const std::vector<std::uint8_t>& signature, const std::string& text)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, digest, nullptr, key) == 1 &&
           EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                            reinterpret_cast<const unsigned char*>(text.data()), text.size()) == 1;
}

/// An ECDSA signature as DER: kept when it already is one, else read as r || s of equal halves.
std::vector<std::uint8_t> ecdsaDer(const std::vector<std::uint8_t>& value)
{
    const unsigned char* p = value.data();
    if (ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(value.size()))) {
        ECDSA_SIG_free(parsed);
        return value;
    }
    if (value.empty() || value.size() % 2 != 0) {
        return value;
    }
    const size_t half = value.size() / 2;
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(ECDSA_SIG_new(), ECDSA_SIG_free);
    BIGNUM* r = BN_bin2bn(value.data(), static_cast<int>(half), nullptr);
    BIGNUM* s = BN_bin2bn(value.data() + half, static_cast<int>(half), nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return value;
    }
    unsigned char* out = nullptr;
    const int size = i2d_ECDSA_SIG(sig.get(), &out);
    if (size <= 0) {
        return value;
    }
    std::vector<std::uint8_t> der(out, out + size);
    OPENSSL_free(out);
    return der;
}

} // namespace

std::string signedRedirectQuery(const std::string& parameter, const std::string& xml, const std::string& relayState,
                                const std::string& privateKeyPem)
{
    std::string query = parameter + "=" + queryEncoded(base64Of(rawDeflate(xml)));
    if (!relayState.empty()) {
        query += "&RelayState=" + queryEncoded(relayState);
    }
    query += "&SigAlg=" + queryEncoded(kRsaSha256);
    return query + "&Signature=" + queryEncoded(base64Of(rsaSha256(privateKeyPem, query)));
}

std::optional<std::string> decodeRedirectMessage(std::string_view base64, size_t maxBytes)
{
    auto bytes = decodeBase64(base64);
    if (!bytes || bytes->empty()) {
        return std::nullopt;
    }
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = bytes->data();
    stream.avail_in = static_cast<uInt>(bytes->size());
    std::string out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > maxBytes || (status == Z_BUF_ERROR && stream.avail_in == 0)) {
            break;
        }
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || out.size() > maxBytes) {
        return std::nullopt;
    }
    return out;
}

std::optional<std::string> decodePostMessage(std::string_view base64, size_t maxBytes)
{
    auto bytes = decodeBase64(base64);
    if (!bytes || bytes->empty() || bytes->size() > maxBytes) {
        return std::nullopt;
    }
    return std::string(bytes->begin(), bytes->end());
}

SignatureVerdict verifyRedirectSignature(const std::string& rawQuery, const std::string& certificateBase64,
                                         bool allowSha1)
{
    using Kind = SignatureVerdict::Kind;
    std::map<std::string, std::string> raw;
    size_t start = 0;
    while (start <= rawQuery.size()) {
        size_t end = rawQuery.find('&', start);
        if (end == std::string::npos) {
            end = rawQuery.size();
        }
        const std::string pair = rawQuery.substr(start, end - start);
        const size_t eq = pair.find('=');
        if (eq != std::string::npos && !raw.count(pair.substr(0, eq))) {
            raw[pair.substr(0, eq)] = pair.substr(eq + 1);
        }
        start = end + 1;
    }
    // A request or a response (LogoutResponse from an SP), never both.
    const std::string message = raw.count("SAMLRequest") ? "SAMLRequest" : "SAMLResponse";
    if (!raw.count(message) || (raw.count("SAMLRequest") && raw.count("SAMLResponse")) || !raw.count("SigAlg") ||
        !raw.count("Signature")) {
        return {Kind::Invalid};
    }
    const std::string sigAlg = decoded(raw["SigAlg"]);
    const auto algorithm = signatureAlgorithm(sigAlg);
    if (!algorithm) {
        return {Kind::UnknownAlgorithm, sigAlg.substr(0, 200)};
    }
    if (algorithm->sha1 && !allowSha1) {
        return {Kind::Sha1NotAllowed, std::string(algorithm->name)};
    }
    std::string signedText = message + "=" + raw[message];
    if (raw.count("RelayState")) {
        signedText += "&RelayState=" + raw["RelayState"];
    }
    signedText += "&SigAlg=" + raw["SigAlg"];
    auto signature = decodeBase64(decoded(raw["Signature"]));
    auto der = decodeBase64(certificateBase64);
    if (!signature || !der) {
        return {Kind::Invalid};
    }
    const unsigned char* p = der->data();
    std::unique_ptr<X509, decltype(&X509_free)> cert(d2i_X509(nullptr, &p, static_cast<long>(der->size())), X509_free);
    if (!cert) {
        return {Kind::Invalid};
    }
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(X509_get_pubkey(cert.get()), EVP_PKEY_free);
    const EVP_MD* digest = EVP_get_digestbyname(std::string(algorithm->digest).c_str());
    if (!key || !digest || (EVP_PKEY_base_id(key.get()) == EVP_PKEY_EC) != algorithm->ecdsa) {
        return {Kind::Invalid};
    }
    std::vector<std::uint8_t> value = *signature;
    if (algorithm->ecdsa) {
        // XML-DSig writes ECDSA signatures as r || s (RFC 4050 §3.3); OpenSSL verifies DER. Accept either.
        value = ecdsaDer(value);
    }
    return verifies(key.get(), digest, value, signedText) ? SignatureVerdict{Kind::Verified}
                                                          : SignatureVerdict{Kind::Invalid};
}

} // namespace castellan::saml
