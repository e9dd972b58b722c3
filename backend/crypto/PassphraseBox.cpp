#include "crypto/PassphraseBox.h"

#include "crypto/MasterKey.h"
#include "crypto/SecretBox.h"

#include <argon2.h>
#include <openssl/crypto.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace castellan {
namespace {

// Bounds on the cost read from a file, so a crafted header cannot make restore allocate gigabytes or spin for hours.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMaxParallelism = 16;

void putU32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
}

void putU64(std::vector<std::uint8_t>& out, std::uint64_t v)
{
    for (int shift = 56; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(v >> shift));
    }
}

std::uint64_t getBigEndian(std::span<const std::uint8_t> bytes)
{
    std::uint64_t v = 0;
    for (std::uint8_t b : bytes) {
        v = (v << 8) | b;
    }
    return v;
}

/// A SecretBox under the key Argon2id derives from `passphrase` and `salt`.
SecretBox boxFor(std::string_view passphrase, std::span<const std::uint8_t> salt, const PassphraseBox::Cost& cost)
{
    std::array<std::uint8_t, MasterKey::kKeySize> key{};
    const int rc = argon2id_hash_raw(cost.iterations, cost.memoryKiB, cost.parallelism, passphrase.data(),
                                     passphrase.size(), salt.data(), salt.size(), key.data(), key.size());
    if (rc != ARGON2_OK) {
        throw std::runtime_error(std::string("Argon2id key derivation failed: ") + argon2_error_message(rc));
    }
    SecretBox box(MasterKey::fromBytes(key));
    OPENSSL_cleanse(key.data(), key.size());
    return box;
}

std::string_view asText(std::span<const std::uint8_t> bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

Error problem(const std::string& message)
{
    return Error::of(ErrorCode::Crypto, message);
}

} // namespace

std::vector<std::uint8_t> PassphraseBox::seal(std::span<const std::uint8_t> plain, std::string_view passphrase,
                                              Cost cost, const Random& random)
{
    if (passphrase.empty()) {
        throw std::invalid_argument("PassphraseBox::seal: empty passphrase");
    }
    const std::vector<std::uint8_t> salt = random.bytes(kSaltSize);
    std::vector<std::uint8_t> file(kMagic.begin(), kMagic.end());
    file.push_back(kFormatVersion);
    putU32(file, cost.memoryKiB);
    putU32(file, cost.iterations);
    putU32(file, cost.parallelism);
    file.insert(file.end(), salt.begin(), salt.end());
    putU64(file, plain.size() + SecretBox::kOverhead);
    const std::vector<std::uint8_t> sealed = boxFor(passphrase, salt, cost).seal(plain, asText(file));
    file.insert(file.end(), sealed.begin(), sealed.end());
    return file;
}

Result<std::vector<std::uint8_t>> PassphraseBox::open(std::span<const std::uint8_t> file, std::string_view passphrase)
{
    if (file.size() < kMagic.size() || asText(file.first(kMagic.size())) != kMagic) {
        return problem("is not a Castellan backup (it does not start with " + std::string(kMagic) + ")");
    }
    if (file.size() < kHeaderSize) {
        return problem("is truncated: its header is incomplete");
    }
    if (file[kMagic.size()] != kFormatVersion) {
        return problem("has backup format version " + std::to_string(file[kMagic.size()]) +
                       ", which this castellan-server does not know (it reads version " +
                       std::to_string(kFormatVersion) + "); restore it with a newer castellan-server");
    }
    const auto header = file.first(kHeaderSize);
    Cost cost;
    cost.memoryKiB = static_cast<std::uint32_t>(getBigEndian(header.subspan(17, 4)));
    cost.iterations = static_cast<std::uint32_t>(getBigEndian(header.subspan(21, 4)));
    cost.parallelism = static_cast<std::uint32_t>(getBigEndian(header.subspan(25, 4)));
    const auto salt = header.subspan(29, kSaltSize);
    const std::uint64_t length = getBigEndian(header.subspan(29 + kSaltSize, 8));
    const std::uint64_t present = file.size() - kHeaderSize;
    if (present < length) {
        return problem("is truncated: " + std::to_string(present) + " of " + std::to_string(length) +
                       " bytes of encrypted contents are present");
    }
    if (present > length) {
        return problem("has " + std::to_string(present - length) + " unexpected bytes after its contents");
    }
    if (cost.memoryKiB < 8 * cost.parallelism || cost.memoryKiB > kMaxMemoryKiB || cost.iterations < 1 ||
        cost.iterations > kMaxIterations || cost.parallelism < 1 || cost.parallelism > kMaxParallelism) {
        return problem("is damaged: its key derivation parameters are out of range");
    }
    if (passphrase.empty()) {
        return problem("cannot be opened with an empty passphrase");
    }
    auto plain = boxFor(passphrase, salt, cost).open(file.subspan(kHeaderSize), asText(header));
    if (!plain) {
        return problem("cannot be decrypted: the passphrase is wrong, or the file was altered or damaged");
    }
    return std::move(plain.value());
}

} // namespace castellan
