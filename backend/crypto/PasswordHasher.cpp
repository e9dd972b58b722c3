#include "crypto/PasswordHasher.h"

#include <argon2.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace castellan {

namespace {

constexpr std::string_view kAlgorithm = "argon2id";
constexpr std::string_view kVersion = "v=19"; // ARGON2_VERSION_13, the version RFC 9106 specifies

/// What a PHC string says about how it was made.
struct EncodedHash
{
    Argon2Parameters parameters;
    std::size_t saltSize = 0;
    std::size_t hashSize = 0;
};

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

// "name=<decimal>" with nothing else; libargon2 writes m, t and p in that order.
std::optional<std::uint32_t> parseField(std::string_view field, std::string_view name)
{
    if (field.size() <= name.size() + 1 || !field.starts_with(name) || field[name.size()] != '=') {
        return std::nullopt;
    }
    field.remove_prefix(name.size() + 1);
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (error != std::errc() || end != field.data() + field.size() || (field.size() > 1 && field[0] == '0')) {
        return std::nullopt;
    }
    return value;
}

// Byte count of unpadded base64 (PHC strings omit padding), or nullopt if `text` is not such base64.
std::optional<std::size_t> unpaddedBase64Size(std::string_view text)
{
    const bool valid = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    });
    if (!valid || text.empty() || text.size() % 4 == 1) {
        return std::nullopt;
    }
    return text.size() * 3 / 4;
}

std::optional<EncodedHash> parseEncoded(std::string_view encoded)
{
    const std::vector<std::string_view> parts = split(encoded, '$');
    if (parts.size() != 6 || !parts[0].empty() || parts[1] != kAlgorithm || parts[2] != kVersion) {
        return std::nullopt;
    }
    const std::vector<std::string_view> costs = split(parts[3], ',');
    if (costs.size() != 3) {
        return std::nullopt;
    }
    const std::optional<std::uint32_t> memory = parseField(costs[0], "m");
    const std::optional<std::uint32_t> iterations = parseField(costs[1], "t");
    const std::optional<std::uint32_t> parallelism = parseField(costs[2], "p");
    const std::optional<std::size_t> saltSize = unpaddedBase64Size(parts[4]);
    const std::optional<std::size_t> hashSize = unpaddedBase64Size(parts[5]);
    if (!memory || !iterations || !parallelism || !saltSize || !hashSize) {
        return std::nullopt;
    }
    return EncodedHash{{*memory, *iterations, *parallelism, true}, *saltSize, *hashSize};
}

Error configurationError(const std::string& problem)
{
    return Error::of(ErrorCode::Configuration, "Invalid Argon2id parameters: " + problem, "PasswordHasher: " + problem);
}

Result<void> validateParameters(const Argon2Parameters& p)
{
    if (p.parallelism < 1 || p.parallelism > ARGON2_MAX_LANES || p.iterations < 1 || p.memoryKiB < 8 * p.parallelism) {
        return configurationError("Argon2 needs t >= 1, 1 <= p <= " + std::to_string(ARGON2_MAX_LANES) +
                                  " and m >= 8 * p KiB");
    }
    if (p.memoryKiB > PasswordHasher::kMaxMemoryKiB || p.iterations > PasswordHasher::kMaxIterations) {
        return configurationError("m must be at most " + std::to_string(PasswordHasher::kMaxMemoryKiB) +
                                  " KiB and t at most " + std::to_string(PasswordHasher::kMaxIterations));
    }
    const Argon2Parameters minimum;
    if (!p.allowBelowMinimum && (p.memoryKiB < minimum.memoryKiB || p.iterations < minimum.iterations)) {
        return configurationError("m=" + std::to_string(p.memoryKiB) + ",t=" + std::to_string(p.iterations) +
                                  " is below the OWASP minimum m=19456,t=2,p=1");
    }
    return {};
}

// `options` checked, with maxConcurrent = 0 resolved to the number of cores.
PasswordHasher::Options resolved(PasswordHasher::Options options)
{
    if (Result<void> valid = PasswordHasher::validate(options); !valid) {
        throw std::invalid_argument(valid.error().message);
    }
    if (options.maxConcurrent == 0) {
        options.maxConcurrent = std::max<std::ptrdiff_t>(1, std::thread::hardware_concurrency());
    }
    if (options.maxWaiting <= 0) {
        options.maxWaiting = PasswordHasher::kWaitersPerSlot * options.maxConcurrent;
    }
    return options;
}

} // namespace

PasswordHasher::Slot::Slot(Slot&& other) noexcept : m_slots(std::exchange(other.m_slots, nullptr)) {}

PasswordHasher::Slot::~Slot()
{
    if (m_slots) {
        m_slots->release();
    }
}

PasswordHasher::PasswordHasher() : PasswordHasher(Options{}) {}

PasswordHasher::PasswordHasher(Options options, Random random)
    : m_options(resolved(options)), m_random(std::move(random)), m_slots(m_options.maxConcurrent)
{}

Result<void> PasswordHasher::validate(const Options& options)
{
    if (options.maxConcurrent < 0) {
        return configurationError("the number of concurrent hashes must not be negative");
    }
    return validateParameters(options.parameters);
}

std::optional<PasswordHasher::Slot> PasswordHasher::tryAcquireSlot(std::chrono::milliseconds wait) const
{
    if (m_slots.try_acquire()) {
        return Slot(m_slots);
    }
    // Only a bounded number of callers queue for a slot; the rest are refused now rather than after `wait`.
    if (m_waiting.fetch_add(1) >= m_options.maxWaiting) {
        m_waiting.fetch_sub(1);
        return std::nullopt;
    }
    const bool acquired = m_slots.try_acquire_for(wait);
    m_waiting.fetch_sub(1);
    if (!acquired) {
        return std::nullopt;
    }
    return Slot(m_slots);
}

Error PasswordHasher::busyError(std::string_view operation) const
{
    return Error::of(ErrorCode::RateLimited, "The server is busy checking passwords; try again shortly",
                     "PasswordHasher: no free slot for " + std::string(operation) + " within " +
                         std::to_string(m_options.slotWait.count()) + " ms (" +
                         std::to_string(m_options.maxConcurrent) + " slots)");
}

Result<std::string> PasswordHasher::hash(std::string_view password) const
{
    if (password.size() > ARGON2_MAX_PWD_LENGTH) {
        return Error::of(ErrorCode::InvalidInput, "The password is too long");
    }
    const Argon2Parameters& p = m_options.parameters;
    const std::vector<std::uint8_t> salt = m_random.bytes(kSaltSize);
    std::string encoded(argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism, kSaltSize, kHashSize, Argon2_id),
                        '\0');
    const std::optional<Slot> slot = tryAcquireSlot(m_options.slotWait);
    if (!slot) {
        return busyError("hash");
    }
    const int status = argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism, password.data(), password.size(),
                                             salt.data(), salt.size(), kHashSize, encoded.data(), encoded.size());
    if (status != ARGON2_OK) {
        return Error::of(ErrorCode::Internal, "The password could not be hashed",
                         std::string("PasswordHasher: argon2id_hash_encoded: ") + argon2_error_message(status));
    }
    encoded.resize(std::strlen(encoded.c_str()));
    return encoded;
}

Result<bool> PasswordHasher::verify(std::string_view password, std::string_view encoded) const
{
    // Checked before taking a slot, so malformed or absurdly expensive stored hashes cost nothing.
    const std::optional<EncodedHash> parsed = parseEncoded(encoded);
    if (!parsed || !validateParameters(parsed->parameters) || password.size() > ARGON2_MAX_PWD_LENGTH) {
        return false;
    }
    const std::string terminated(encoded); // libargon2 reads a NUL-terminated string
    const std::optional<Slot> slot = tryAcquireSlot(m_options.slotWait);
    if (!slot) {
        return busyError("verify");
    }
    const int status = argon2id_verify(terminated.c_str(), password.data(), password.size());
    if (status == ARGON2_MEMORY_ALLOCATION_ERROR) {
        return Error::of(ErrorCode::Unavailable, "The password could not be checked",
                         "PasswordHasher: argon2id_verify: out of memory");
    }
    return status == ARGON2_OK;
}

bool PasswordHasher::needsRehash(std::string_view encoded) const
{
    const std::optional<EncodedHash> parsed = parseEncoded(encoded);
    if (!parsed) {
        return true;
    }
    const Argon2Parameters& current = m_options.parameters;
    const Argon2Parameters& stored = parsed->parameters;
    return stored.memoryKiB < current.memoryKiB || stored.iterations < current.iterations ||
           stored.parallelism < current.parallelism || parsed->saltSize < kSaltSize || parsed->hashSize < kHashSize;
}

} // namespace castellan
