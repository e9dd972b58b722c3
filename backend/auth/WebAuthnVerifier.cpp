#include "auth/WebAuthnVerifier.h"

#include "crypto/Base64.h"
#include "crypto/ConstantTime.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cbor.h>
#include <fido.h>
#include <fido/eddsa.h>
#include <fido/es256.h>
#include <fido/rs256.h>
#include <openssl/sha.h>

#include <memory>

namespace castellan {
namespace {

constexpr std::uint8_t kUserPresent = 0x01;
constexpr std::uint8_t kUserVerified = 0x04;
constexpr std::size_t kAuthDataMinimum = 37; ///< rpIdHash (32) + flags (1) + signCount (4)

Error refused(const std::string& why)
{
    return Error::of(ErrorCode::Unauthenticated, "The security key could not be used", why);
}

std::vector<std::uint8_t> sha256(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::uint8_t> digest(SHA256_DIGEST_LENGTH);
    SHA256(data, size, digest.data());
    return digest;
}

/// §7.1 steps 7-9 / §7.2 steps 11-13: type, challenge and origin of the client data.
std::optional<Error> checkClientData(const std::vector<std::uint8_t>& json, const std::string& type,
                                     const WebAuthnExpectation& expected)
{
    try {
        auto o = Poco::JSON::Parser().parse(std::string(json.begin(), json.end())).extract<Poco::JSON::Object::Ptr>();
        if (o->optValue<std::string>("type", "") != type) {
            return refused("client data type is not " + type);
        }
        if (!constantTimeEquals(o->optValue<std::string>("challenge", ""), expected.challenge)) {
            return refused("client data challenge is not the one issued");
        }
        const std::string origin = o->optValue<std::string>("origin", "");
        if (origin != expected.origin) {
            return refused("client data origin " + origin + " is not " + expected.origin);
        }
        if (o->optValue<bool>("crossOrigin", false)) {
            return refused("cross-origin ceremony");
        }
    } catch (const Poco::Exception&) {
        return refused("client data is not JSON");
    }
    return std::nullopt;
}

/// The RP ID hash and flags at the start of authenticator data (§6.1).
std::optional<Error> checkAuthData(const std::vector<std::uint8_t>& authData, const WebAuthnExpectation& expected)
{
    if (authData.size() < kAuthDataMinimum) {
        return refused("authenticator data too short");
    }
    const auto rpIdHash = sha256(reinterpret_cast<const std::uint8_t*>(expected.rpId.data()), expected.rpId.size());
    if (!constantTimeEquals(std::string(authData.begin(), authData.begin() + 32),
                            std::string(rpIdHash.begin(), rpIdHash.end()))) {
        return refused("RP ID hash is not that of " + expected.rpId);
    }
    const std::uint8_t flags = authData[32];
    if (!(flags & kUserPresent)) {
        return refused("user presence flag not set");
    }
    if (expected.requireUserVerification && !(flags & kUserVerified)) {
        return refused("user verification required but not performed");
    }
    return std::nullopt;
}

std::uint32_t counterOf(const std::vector<std::uint8_t>& authData)
{
    return (std::uint32_t(authData[33]) << 24) | (std::uint32_t(authData[34]) << 16) |
           (std::uint32_t(authData[35]) << 8) | std::uint32_t(authData[36]);
}

struct CborItem
{
    cbor_item_t* item = nullptr;
    ~CborItem()
    {
        if (item) {
            cbor_decref(&item);
        }
    }
};

/// The attestation object's `fmt`, `authData` and `attStmt` (re-encoded as CBOR for libfido2).
struct AttestationObject
{
    std::string format;
    std::vector<std::uint8_t> authData;
    std::vector<std::uint8_t> statement;
};

std::optional<AttestationObject> parseAttestation(const std::vector<std::uint8_t>& bytes)
{
    struct cbor_load_result loaded;
    CborItem root{cbor_load(bytes.data(), bytes.size(), &loaded)};
    if (!root.item || !cbor_isa_map(root.item)) {
        return std::nullopt;
    }
    AttestationObject result;
    const std::size_t count = cbor_map_size(root.item);
    cbor_pair* pairs = cbor_map_handle(root.item);
    for (std::size_t i = 0; i < count; ++i) {
        if (!cbor_isa_string(pairs[i].key) || !cbor_string_is_definite(pairs[i].key)) {
            return std::nullopt;
        }
        const std::string key(reinterpret_cast<const char*>(cbor_string_handle(pairs[i].key)),
                              cbor_string_length(pairs[i].key));
        cbor_item_t* value = pairs[i].value;
        if (key == "fmt" && cbor_isa_string(value) && cbor_string_is_definite(value)) {
            result.format.assign(reinterpret_cast<const char*>(cbor_string_handle(value)), cbor_string_length(value));
        } else if (key == "authData" && cbor_isa_bytestring(value) && cbor_bytestring_is_definite(value)) {
            result.authData.assign(cbor_bytestring_handle(value),
                                   cbor_bytestring_handle(value) + cbor_bytestring_length(value));
        } else if (key == "attStmt" && cbor_isa_map(value)) {
            unsigned char* buffer = nullptr;
            std::size_t size = 0;
            const std::size_t written = cbor_serialize_alloc(value, &buffer, &size);
            result.statement.assign(buffer, buffer + written);
            free(buffer);
        }
    }
    if (result.format.empty() || result.authData.empty()) {
        return std::nullopt;
    }
    return result;
}

using Credential = std::unique_ptr<fido_cred_t, void (*)(fido_cred_t*)>;

Credential newCredential()
{
    return Credential(fido_cred_new(), [](fido_cred_t* c) { fido_cred_free(&c); });
}

} // namespace

std::string WebAuthnVerifier::base64Url(const std::vector<std::uint8_t>& bytes)
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

std::optional<std::vector<std::uint8_t>> WebAuthnVerifier::fromBase64Url(const std::string& text)
{
    std::string standard = text;
    for (char& c : standard) {
        if (c == '+' || c == '/' || c == '=') {
            return std::nullopt;
        }
        c = c == '-' ? '+' : c == '_' ? '/' : c;
    }
    while (standard.size() % 4 != 0) {
        standard.push_back('=');
    }
    return Base64::decode(standard);
}

bool WebAuthnVerifier::counterAcceptable(std::uint32_t stored, std::uint32_t presented)
{
    return presented > stored || (stored == 0 && presented == 0);
}

Result<WebAuthnCredential> WebAuthnVerifier::verifyRegistration(const std::vector<std::uint8_t>& clientDataJson,
                                                                const std::vector<std::uint8_t>& attestationObject,
                                                                const WebAuthnExpectation& expected)
{
    if (auto error = checkClientData(clientDataJson, "webauthn.create", expected)) {
        return *error;
    }
    const auto attestation = parseAttestation(attestationObject);
    if (!attestation) {
        return refused("attestation object is not a CBOR map with fmt, authData and attStmt");
    }
    if (auto error = checkAuthData(attestation->authData, expected)) {
        return *error;
    }
    if (attestation->authData.size() <= kAuthDataMinimum || !(attestation->authData[32] & 0x40)) {
        return refused("authenticator data carries no attested credential");
    }
    // libfido2 decodes the credential's public key for the key type it is told: try the ones we accept.
    Credential cred = newCredential();
    int algorithm = 0;
    for (int type : {COSE_ES256, COSE_EDDSA, COSE_RS256}) {
        cred = newCredential();
        if (fido_cred_set_type(cred.get(), type) == FIDO_OK &&
            fido_cred_set_authdata_raw(cred.get(), attestation->authData.data(), attestation->authData.size()) ==
                FIDO_OK) {
            algorithm = type;
            break;
        }
    }
    if (algorithm == 0) {
        return refused("credential public key is not ES256, EdDSA or RS256");
    }
    const auto clientDataHash = sha256(clientDataJson.data(), clientDataJson.size());
    fido_cred_set_clientdata_hash(cred.get(), clientDataHash.data(), clientDataHash.size());
    fido_cred_set_rp(cred.get(), expected.rpId.c_str(), nullptr);
    if (attestation->format != "none") {
        if (fido_cred_set_fmt(cred.get(), attestation->format.c_str()) != FIDO_OK ||
            fido_cred_set_attstmt(cred.get(), attestation->statement.data(), attestation->statement.size()) !=
                FIDO_OK) {
            return refused("attestation format " + attestation->format + " is not supported");
        }
        // A statement with a certificate is checked against it; a packed one without is self-attestation.
        const bool hasCertificate = fido_cred_x5c_len(cred.get()) > 0;
        const int verified = hasCertificate ? fido_cred_verify(cred.get()) : fido_cred_verify_self(cred.get());
        if (verified != FIDO_OK) {
            return refused(attestation->format + " attestation does not verify (" + fido_strerr(verified) + ")");
        }
    } else if (attestation->statement.size() != 1) { // an empty CBOR map is the single byte 0xa0
        return refused("attestation format none with a statement");
    }
    WebAuthnCredential credential;
    credential.algorithm = algorithm;
    credential.format = attestation->format;
    credential.credentialId = base64Url(std::vector<std::uint8_t>(
        fido_cred_id_ptr(cred.get()), fido_cred_id_ptr(cred.get()) + fido_cred_id_len(cred.get())));
    credential.publicKey.assign(fido_cred_pubkey_ptr(cred.get()),
                                fido_cred_pubkey_ptr(cred.get()) + fido_cred_pubkey_len(cred.get()));
    credential.signCount = counterOf(attestation->authData);
    credential.userVerified = attestation->authData[32] & kUserVerified;
    static const char* kHex = "0123456789abcdef";
    for (std::size_t i = 0; i < fido_cred_aaguid_len(cred.get()); ++i) {
        credential.aaguid += kHex[fido_cred_aaguid_ptr(cred.get())[i] >> 4];
        credential.aaguid += kHex[fido_cred_aaguid_ptr(cred.get())[i] & 15];
    }
    return credential;
}

Result<std::uint32_t> WebAuthnVerifier::verifyAssertion(const WebAuthnAssertion& assertion,
                                                        const WebAuthnCredential& credential,
                                                        const WebAuthnExpectation& expected)
{
    if (!constantTimeEquals(assertion.credentialId, credential.credentialId)) {
        return refused("assertion is for another credential");
    }
    if (auto error = checkClientData(assertion.clientDataJson, "webauthn.get", expected)) {
        return *error;
    }
    if (auto error = checkAuthData(assertion.authenticatorData, expected)) {
        return *error;
    }
    std::unique_ptr<fido_assert_t, void (*)(fido_assert_t*)> a(fido_assert_new(),
                                                               [](fido_assert_t* p) { fido_assert_free(&p); });
    const auto clientDataHash = sha256(assertion.clientDataJson.data(), assertion.clientDataJson.size());
    if (fido_assert_set_count(a.get(), 1) != FIDO_OK ||
        fido_assert_set_clientdata_hash(a.get(), clientDataHash.data(), clientDataHash.size()) != FIDO_OK ||
        fido_assert_set_rp(a.get(), expected.rpId.c_str()) != FIDO_OK ||
        fido_assert_set_authdata_raw(a.get(), 0, assertion.authenticatorData.data(),
                                     assertion.authenticatorData.size()) != FIDO_OK ||
        fido_assert_set_sig(a.get(), 0, assertion.signature.data(), assertion.signature.size()) != FIDO_OK) {
        return refused("assertion is malformed");
    }
    fido_assert_set_up(a.get(), FIDO_OPT_TRUE);
    fido_assert_set_uv(a.get(), expected.requireUserVerification ? FIDO_OPT_TRUE : FIDO_OPT_OMIT);
    int verified = FIDO_ERR_INVALID_ARGUMENT;
    const auto* key = credential.publicKey.data();
    const std::size_t keySize = credential.publicKey.size();
    if (credential.algorithm == COSE_ES256) {
        es256_pk_t* pk = es256_pk_new();
        if (es256_pk_from_ptr(pk, key, keySize) == FIDO_OK) {
            verified = fido_assert_verify(a.get(), 0, COSE_ES256, pk);
        }
        es256_pk_free(&pk);
    } else if (credential.algorithm == COSE_EDDSA) {
        eddsa_pk_t* pk = eddsa_pk_new();
        if (eddsa_pk_from_ptr(pk, key, keySize) == FIDO_OK) {
            verified = fido_assert_verify(a.get(), 0, COSE_EDDSA, pk);
        }
        eddsa_pk_free(&pk);
    } else if (credential.algorithm == COSE_RS256) {
        rs256_pk_t* pk = rs256_pk_new();
        if (rs256_pk_from_ptr(pk, key, keySize) == FIDO_OK) {
            verified = fido_assert_verify(a.get(), 0, COSE_RS256, pk);
        }
        rs256_pk_free(&pk);
    }
    if (verified != FIDO_OK) {
        return refused(std::string("assertion signature does not verify (") + fido_strerr(verified) + ")");
    }
    return counterOf(assertion.authenticatorData);
}

} // namespace castellan
