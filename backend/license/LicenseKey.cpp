#include "license/LicenseKey.h"

#include "core/Rfc3339.h"
#include "crypto/Base64.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>
#include <sstream>

namespace castellan {
namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

constexpr int kMaxUserLimit = 10'000'000;

std::string base64Url(std::span<const std::uint8_t> bytes)
{
    std::string text = Base64::encode(bytes);
    while (!text.empty() && text.back() == '=') {
        text.pop_back();
    }
    for (char& c : text) {
        c = c == '+' ? '-' : c == '/' ? '_' : c;
    }
    return text;
}

std::optional<std::vector<std::uint8_t>> fromBase64Url(std::string text)
{
    for (char& c : text) {
        if (c == '+' || c == '/') {
            return std::nullopt;
        }
        c = c == '-' ? '+' : c == '_' ? '/' : c;
    }
    while (text.size() % 4 != 0) {
        text.push_back('=');
    }
    return Base64::decode(text);
}

PKey readKey(const std::string& pem, bool isPrivate)
{
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    EVP_PKEY* key = isPrivate ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                              : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    PKey owned(key, EVP_PKEY_free);
    if (owned && EVP_PKEY_id(owned.get()) != EVP_PKEY_ED25519) {
        owned.reset();
    }
    return owned;
}

std::string pem(EVP_PKEY* key, bool isPrivate)
{
    Bio bio(BIO_new(BIO_s_mem()), BIO_free);
    if (isPrivate) {
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    } else {
        PEM_write_bio_PUBKEY(bio.get(), key);
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

bool verifySignature(EVP_PKEY* key, const std::string& message, const std::vector<std::uint8_t>& signature)
{
    MdContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key) == 1 &&
           EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                            reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
}

std::string termsJson(const LicenseTerms& t)
{
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("license_id", t.licenseId);
    o.set("company", t.company);
    o.set("user_limit", t.userLimit);
    o.set("license_type", t.type);
    o.set("support_end_date", t.supportEndDate);
    o.set("push_subscription", t.pushSubscription);
    o.set("app_key", t.appKey);
    o.set("issued_at", t.issuedAt);
    std::ostringstream text;
    o.stringify(text);
    return text.str();
}

Error damaged(const std::string& why)
{
    return Error::invalid({{"license_key", why}}, "The license key is not valid");
}

/// The terms of a verified payload, checked field by field.
Result<LicenseTerms> termsFrom(const std::string& json)
{
    LicenseTerms t;
    try {
        auto o = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
        t.licenseId = o->optValue<std::string>("license_id", "");
        t.company = o->getValue<std::string>("company");
        t.userLimit = o->getValue<int>("user_limit");
        t.type = o->getValue<std::string>("license_type");
        t.supportEndDate = o->getValue<std::string>("support_end_date");
        t.pushSubscription = o->getValue<bool>("push_subscription");
        t.appKey = o->getValue<std::string>("app_key");
        t.issuedAt = o->optValue<std::string>("issued_at", "");
    } catch (const Poco::Exception&) {
        return damaged("is signed but its terms are incomplete; ask the vendor for a new key");
    }
    if (t.company.empty() || t.userLimit < 1 || t.userLimit > kMaxUserLimit ||
        (t.type != "demo" && t.type != "subscription") || !Rfc3339::parseDate(t.supportEndDate) || t.appKey.empty()) {
        return damaged("is signed but its terms are out of range; ask the vendor for a new key");
    }
    return t;
}

} // namespace

Result<std::string> LicenseKey::sign(const LicenseTerms& terms, const std::string& privateKeyPem)
{
    PKey key = readKey(privateKeyPem, true);
    if (!key) {
        return Error::of(ErrorCode::InvalidInput, "the signing key is not an Ed25519 private key (PEM)");
    }
    const std::string payload = termsJson(terms);
    const std::string body = base64Url({reinterpret_cast<const std::uint8_t*>(payload.data()), payload.size()});
    MdContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    std::vector<std::uint8_t> signature(64);
    std::size_t length = signature.size();
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), signature.data(), &length, reinterpret_cast<const unsigned char*>(body.data()),
                       body.size()) != 1) {
        return Error::of(ErrorCode::Crypto, "signing failed");
    }
    signature.resize(length);
    return std::string(kPrefix) + body + "." + base64Url(signature);
}

Result<LicenseTerms> LicenseKey::verify(std::string_view key, const std::vector<std::string>& publicKeysPem)
{
    std::string text;
    for (char c : key) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            text.push_back(c);
        }
    }
    const std::string prefix = kPrefix;
    if (text.rfind(prefix, 0) != 0) {
        return damaged("must start with " + prefix.substr(0, prefix.size() - 1) + " (paste the whole key)");
    }
    const std::size_t dot = text.find('.', prefix.size());
    if (dot == std::string::npos || text.size() > 16384) {
        return damaged("is incomplete (paste the whole key)");
    }
    const std::string body = text.substr(prefix.size(), dot - prefix.size());
    const auto payload = fromBase64Url(body);
    const auto signature = fromBase64Url(text.substr(dot + 1));
    if (!payload || !signature || signature->size() != 64) {
        return damaged("is damaged (it is not the text the vendor sent)");
    }
    bool trusted = false;
    for (const std::string& publicPem : publicKeysPem) {
        PKey publicKey = readKey(publicPem, false);
        if (publicKey && verifySignature(publicKey.get(), body, *signature)) {
            trusted = true;
            break;
        }
    }
    if (!trusted) {
        return damaged("has a signature that does not verify: it was changed after signing, or it was not issued "
                       "by the Castellan vendor");
    }
    return termsFrom(std::string(payload->begin(), payload->end()));
}

std::pair<std::string, std::string> LicenseKey::generateKeyPair()
{
    EVP_PKEY* raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                    EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        throw std::runtime_error("Ed25519 key generation failed");
    }
    PKey key(raw, EVP_PKEY_free);
    return {pem(key.get(), true), pem(key.get(), false)};
}

} // namespace castellan
