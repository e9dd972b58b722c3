#pragma once

#include "core/Result.h"
#include "crypto/Argon2Parameters.h"
#include "crypto/Random.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>

namespace castellan {

/// Password hashing with Argon2id (RFC 9106) through libargon2, stored as PHC strings:
///
///     $argon2id$v=19$m=19456,t=2,p=1$<16-byte salt, unpadded base64>$<32-byte hash, unpadded base64>
///
/// Each hash takes `memoryKiB` of memory and tens of milliseconds of CPU, so hashing is bounded
/// (DESIGN §8): at most `maxConcurrent` hashes or verifications run at once, and a call that finds no free
/// slot within `slotWait` (or finds `maxWaiting` calls already waiting) fails with ErrorCode::RateLimited instead of
/// queueing, so callers shed load
/// (REST: 429 with Retry-After; RADIUS: Reject). Thread-safe.
class PasswordHasher
{
public:
    struct Options
    {
        Argon2Parameters parameters;
        /// Hashes running at once; 0 means one per core.
        std::ptrdiff_t maxConcurrent = 0;
        /// How long a call waits for a free slot before it is refused.
        std::chrono::milliseconds slotWait{2000};
        /// Calls that may wait for a slot at once; 0 means kWaitersPerSlot per slot. Beyond them a call is refused
        /// at once, so a flood of password guesses ties up no more than slots + waiters request threads (issue 14),
        /// while a burst of real logins (a few per slot, about 0.2 s of hashing) still waits its turn.
        std::ptrdiff_t maxWaiting = 0;
    };

    /// Default waiters per hashing slot (Options::maxWaiting 0): 8 × 2 cores = 16 of the 32 request threads.
    static constexpr std::ptrdiff_t kWaitersPerSlot = 8;
    /// Largest memory cost accepted, in configuration and in stored hashes alike, so that a tampered
    /// stored hash cannot make one verification allocate gigabytes.
    static constexpr std::uint32_t kMaxMemoryKiB = 256 * 1024;
    /// Largest time cost accepted, for the same reason.
    static constexpr std::uint32_t kMaxIterations = 64;
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kHashSize = 32;

    /// One of the `maxConcurrent` hashing slots, released when destroyed.
    class Slot
    {
    public:
        Slot(Slot&& other) noexcept;
        Slot& operator=(Slot&&) = delete;
        Slot(const Slot&) = delete;
        ~Slot();

    private:
        friend class PasswordHasher;
        explicit Slot(std::counting_semaphore<>& semaphore) : m_slots(&semaphore) {}
        std::counting_semaphore<>* m_slots;
    };

    /// A hasher with the default Options: OWASP parameters, one slot per core, a 2 s wait for a slot.
    PasswordHasher();
    /// A hasher with `options`. Throws std::invalid_argument when validate() refuses them: configuration is
    /// checked with validate() before it gets here.
    explicit PasswordHasher(Options options, Random random = Random::system());

    /// ErrorCode::Configuration when the parameters are below the OWASP minimum (m = 19456 KiB, t = 2, p = 1)
    /// without `allowBelowMinimum`, above kMaxMemoryKiB or kMaxIterations, otherwise invalid for Argon2, or
    /// `maxConcurrent` is negative. Peak memory is maxConcurrent * memoryKiB.
    static Result<void> validate(const Options& options);

    /// The PHC string of `password` with a fresh random salt; ErrorCode::RateLimited when no slot is free.
    Result<std::string> hash(std::string_view password) const;
    /// Whether `password` matches `encoded` (compared in constant time by libargon2); false for an encoded
    /// string that is not a valid Argon2id hash. ErrorCode::RateLimited when no slot is free.
    Result<bool> verify(std::string_view password, std::string_view encoded) const;
    /// True when `encoded` is weaker than the current parameters (lower m, t or p, shorter salt or hash, or
    /// not Argon2id v19 at all), so the password should be hashed again after a successful verify().
    bool needsRehash(std::string_view encoded) const;

    /// A slot taken for the caller, or nullopt if none frees within `wait`. hash() and verify() take their own
    /// slot, so this is for callers that check capacity ahead (and for tests that fill every slot).
    [[nodiscard]] std::optional<Slot> tryAcquireSlot(std::chrono::milliseconds wait) const;

    const Options& options() const { return m_options; }

    PasswordHasher(const PasswordHasher&) = delete;
    PasswordHasher& operator=(const PasswordHasher&) = delete;

private:
    Error busyError(std::string_view operation) const;

    Options m_options;
    Random m_random;
    mutable std::counting_semaphore<> m_slots;
    mutable std::atomic<std::ptrdiff_t> m_waiting{0};
};

} // namespace castellan
