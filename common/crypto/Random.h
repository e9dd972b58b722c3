#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace castellan {

/// A source of random bytes: the OpenSSL CSPRNG, or an injected generator so tests can be repeatable.
/// Code that needs randomness takes a `const Random&` and production passes Random::system().
class Random
{
public:
    using Generator = std::function<void(std::span<std::uint8_t>)>;

    /// A source backed by the OpenSSL CSPRNG (RAND_bytes).
    Random();
    /// A source that fills buffers with `generator` instead; for tests.
    explicit Random(Generator generator);

    /// The process-wide source backed by the OpenSSL CSPRNG.
    static const Random& system();
    /// A repeatable stream derived from `seed` (SHA-256 in counter mode); never use it for real secrets.
    static Random deterministic(std::uint64_t seed);
    /// `count` bytes from the OpenSSL CSPRNG; throws std::runtime_error if it cannot deliver.
    static std::vector<std::uint8_t> randomBytes(std::size_t count);

    /// Fills `out` from this source; throws std::runtime_error if the CSPRNG fails.
    void fill(std::span<std::uint8_t> out) const;
    /// `count` bytes from this source; throws std::runtime_error if the CSPRNG fails.
    std::vector<std::uint8_t> bytes(std::size_t count) const;

private:
    Generator m_generator;
};

} // namespace castellan
