#include "crypto/SecretBox.h"

#include "crypto/Base64.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <stdexcept>

namespace castellan {

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!context) {
        throw std::runtime_error("EVP_CIPHER_CTX_new failed");
    }
    return context;
}

void check(int status, const char* what)
{
    if (status != 1) {
        throw std::runtime_error(std::string("AES-256-GCM: ") + what + " failed");
    }
}

int intLength(std::size_t size)
{
    if (size > static_cast<std::size_t>(INT_MAX) - 64) {
        throw std::length_error("SecretBox: input too large");
    }
    return static_cast<int>(size);
}

// Feeds the authenticated data: the sealed header's version and key id, then the caller's context.
void addAssociatedData(EVP_CIPHER_CTX* context, std::span<const std::uint8_t> header, std::string_view aad,
                       bool encrypting)
{
    const auto update = encrypting ? EVP_EncryptUpdate : EVP_DecryptUpdate;
    int length = 0;
    check(update(context, nullptr, &length, header.data(), intLength(1 + MasterKey::kKeyIdSize)), "header AAD");
    if (!aad.empty()) {
        check(update(context, nullptr, &length, reinterpret_cast<const unsigned char*>(aad.data()),
                     intLength(aad.size())),
              "AAD");
    }
}

Error openError(std::string logDetail)
{
    return Error::of(ErrorCode::Crypto, "A stored secret could not be decrypted", "SecretBox: " + logDetail);
}

} // namespace

SecretBox::SecretBox(MasterKey key, Random random) : m_key(std::move(key)), m_random(std::move(random)) {}

std::vector<std::uint8_t> SecretBox::seal(std::span<const std::uint8_t> plain, std::string_view aad) const
{
    std::vector<std::uint8_t> sealed(kOverhead + plain.size());
    sealed[0] = kVersion;
    std::copy(m_key.keyId().begin(), m_key.keyId().end(), sealed.begin() + 1);
    const std::span<std::uint8_t> nonce(sealed.data() + 1 + MasterKey::kKeyIdSize, kNonceSize);
    m_random.fill(nonce);

    CipherContext context = newContext();
    check(EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.bytes().data(), nonce.data()), "init");
    addAssociatedData(context.get(), sealed, aad, true);
    int length = 0;
    std::uint8_t* out = sealed.data() + kHeaderSize;
    if (!plain.empty()) {
        check(EVP_EncryptUpdate(context.get(), out, &length, plain.data(), intLength(plain.size())), "encrypt");
    }
    int finalLength = 0;
    check(EVP_EncryptFinal_ex(context.get(), out + length, &finalLength), "final");
    check(
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, sealed.data() + kHeaderSize + plain.size()),
        "get tag");
    return sealed;
}

Result<std::vector<std::uint8_t>> SecretBox::open(std::span<const std::uint8_t> sealed, std::string_view aad) const
{
    if (sealed.size() < kOverhead) {
        return openError("truncated: " + std::to_string(sealed.size()) + " bytes, a sealed value has at least " +
                         std::to_string(kOverhead));
    }
    if (sealed[0] != kVersion) {
        return openError("unsupported format version " + std::to_string(sealed[0]));
    }
    MasterKey::KeyId keyId{};
    std::copy_n(sealed.begin() + 1, keyId.size(), keyId.begin());
    if (keyId != m_key.keyId()) {
        return openError("sealed under unknown master key id " + MasterKey::formatKeyId(keyId) + " (current key id " +
                         m_key.keyIdHex() + ")");
    }
    const std::span<const std::uint8_t> nonce = sealed.subspan(1 + MasterKey::kKeyIdSize, kNonceSize);
    const std::span<const std::uint8_t> ciphertext = sealed.subspan(kHeaderSize, sealed.size() - kOverhead);
    const std::span<const std::uint8_t> tag = sealed.last(kTagSize);

    CipherContext context = newContext();
    check(EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.bytes().data(), nonce.data()), "init");
    addAssociatedData(context.get(), sealed, aad, false);
    std::vector<std::uint8_t> plain(ciphertext.size());
    int length = 0;
    if (!ciphertext.empty()) {
        check(EVP_DecryptUpdate(context.get(), plain.data(), &length, ciphertext.data(), intLength(ciphertext.size())),
              "decrypt");
    }
    // OpenSSL copies the expected tag; it only takes a non-const pointer.
    std::uint8_t expectedTag[kTagSize];
    std::copy(tag.begin(), tag.end(), expectedTag);
    check(EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, expectedTag), "set tag");
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(context.get(), plain.data() + length, &finalLength) != 1) {
        // Never hand out plaintext that failed authentication, not even in freed memory.
        OPENSSL_cleanse(plain.data(), plain.size());
        // GCM cannot tell which input was changed: the tag, the ciphertext, the nonce or the associated data.
        return openError("authentication failed: the ciphertext, tag or associated data (\"" + std::string(aad) +
                         "\") do not match what was sealed");
    }
    return plain;
}

std::string SecretBox::sealToBase64(std::string_view plain, std::string_view aad) const
{
    return Base64::encode(
        seal(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(plain.data()), plain.size()), aad));
}

Result<std::string> SecretBox::openFromBase64(std::string_view sealed, std::string_view aad) const
{
    const std::optional<std::vector<std::uint8_t>> bytes = Base64::decode(sealed);
    if (!bytes) {
        return openError("not canonical base64 (" + std::to_string(sealed.size()) + " characters)");
    }
    Result<std::vector<std::uint8_t>> plain = open(*bytes, aad);
    if (!plain) {
        return plain.error();
    }
    std::string text(plain->begin(), plain->end());
    OPENSSL_cleanse(plain->data(), plain->size());
    return text;
}

} // namespace castellan
