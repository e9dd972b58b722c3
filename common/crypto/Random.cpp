#include "crypto/Random.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <stdexcept>
#include <string>

namespace castellan {

namespace {

void fillFromOpenSsl(std::span<std::uint8_t> out)
{
    // RAND_bytes takes an int length, so large buffers are filled in chunks.
    while (!out.empty()) {
        const std::size_t chunk = std::min<std::size_t>(out.size(), INT_MAX);
        if (RAND_bytes(out.data(), static_cast<int>(chunk)) != 1) {
            const unsigned long code = ERR_get_error();
            throw std::runtime_error("RAND_bytes failed: " + std::string(code ? ERR_reason_error_string(code) : "?"));
        }
        out = out.subspan(chunk);
    }
}

// Expands a seed into a stream of SHA-256(seed || block index) blocks.
class DeterministicStream
{
public:
    explicit DeterministicStream(std::uint64_t seed) : m_seed(seed) {}

    void fill(std::span<std::uint8_t> out)
    {
        for (std::uint8_t& byte : out) {
            if (m_used == m_block.size()) {
                refill();
            }
            byte = m_block[m_used++];
        }
    }

private:
    void refill()
    {
        std::uint8_t input[16];
        for (int i = 0; i < 8; ++i) {
            input[i] = static_cast<std::uint8_t>(m_seed >> (56 - 8 * i));
            input[8 + i] = static_cast<std::uint8_t>(m_index >> (56 - 8 * i));
        }
        unsigned int length = 0;
        if (EVP_Digest(input, sizeof input, m_block.data(), &length, EVP_sha256(), nullptr) != 1) {
            throw std::runtime_error("SHA-256 failed in the deterministic random stream");
        }
        ++m_index;
        m_used = 0;
    }

    std::uint64_t m_seed;
    std::uint64_t m_index = 0;
    std::array<std::uint8_t, 32> m_block{};
    std::size_t m_used = 32;
};

} // namespace

Random::Random() : m_generator(fillFromOpenSsl) {}

Random::Random(Generator generator) : m_generator(std::move(generator)) {}

const Random& Random::system()
{
    static const Random s_system;
    return s_system;
}

Random Random::deterministic(std::uint64_t seed)
{
    auto stream = std::make_shared<DeterministicStream>(seed);
    return Random([stream](std::span<std::uint8_t> out) { stream->fill(out); });
}

std::vector<std::uint8_t> Random::randomBytes(std::size_t count)
{
    return system().bytes(count);
}

void Random::fill(std::span<std::uint8_t> out) const
{
    m_generator(out);
}

std::vector<std::uint8_t> Random::bytes(std::size_t count) const
{
    std::vector<std::uint8_t> out(count);
    fill(out);
    return out;
}

} // namespace castellan
