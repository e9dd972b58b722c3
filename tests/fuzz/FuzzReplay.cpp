// Runs a libFuzzer entry point without libFuzzer, so the normal build exercises it in CTest (label `fuzz`): every
// file of a corpus directory, then deterministic random and mutated inputs (same seed, same inputs). A broken
// invariant aborts the process and fails the test.
//   castellan-fuzz-replay-radius <corpus dir> <random inputs> <seed>
#include "crypto/Random.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

class Mutator
{
public:
    explicit Mutator(std::uint64_t seed) : m_random(castellan::Random::deterministic(seed)) {}

    std::uint32_t next(std::uint32_t bound)
    {
        const Bytes b = m_random.bytes(4);
        const std::uint32_t v = (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (b[2] << 8) | b[3];
        return bound == 0 ? 0 : v % bound;
    }

    Bytes random() { return m_random.bytes(next(4200)); }

    /// One of the mutations libFuzzer would try first: flip, set, truncate, extend, splice a length byte.
    Bytes mutate(Bytes input)
    {
        if (input.empty()) {
            return random();
        }
        for (std::uint32_t n = 1 + next(4); n > 0; --n) {
            const std::size_t at = next(static_cast<std::uint32_t>(input.size()));
            switch (next(6)) {
            case 0:
                input[at] ^= static_cast<std::uint8_t>(1u << next(8));
                break;
            case 1:
                input[at] = static_cast<std::uint8_t>(next(256));
                break;
            case 2:
                input.resize(at);
                break;
            case 3: {
                const Bytes tail = m_random.bytes(next(300));
                input.insert(input.end(), tail.begin(), tail.end());
                break;
            }
            case 4: // an attribute length of 0, 1, 2 or 255 somewhere
                input[at] = std::array<std::uint8_t, 4>{0, 1, 2, 255}[next(4)];
                break;
            default: // the Length field
                if (input.size() >= 4) {
                    input[2] = static_cast<std::uint8_t>(next(256));
                    input[3] = static_cast<std::uint8_t>(next(256));
                }
                break;
            }
            if (input.empty()) {
                break;
            }
        }
        return input;
    }

private:
    castellan::Random m_random;
};

std::vector<Bytes> readCorpus(const std::filesystem::path& dir)
{
    std::vector<Bytes> corpus;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".bin") {
            std::ifstream in(entry.path(), std::ios::binary);
            corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    std::sort(corpus.begin(), corpus.end());
    return corpus;
}

void run(const Bytes& input)
{
    LLVMFuzzerTestOneInput(input.data(), input.size());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s <corpus dir> <random inputs> <seed>\n", argv[0]);
        return 2;
    }
    const std::vector<Bytes> corpus = readCorpus(argv[1]);
    const long count = std::strtol(argv[2], nullptr, 10);
    Mutator mutator(std::strtoull(argv[3], nullptr, 10));
    for (const Bytes& input : corpus) {
        run(input);
    }
    for (long i = 0; i < count; ++i) {
        run(i % 4 == 0 || corpus.empty()
                ? mutator.random()
                : mutator.mutate(corpus[mutator.next(static_cast<std::uint32_t>(corpus.size()))]));
    }
    std::printf("%zu corpus inputs and %ld generated inputs ran clean\n", corpus.size(), count);
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus in %s\n", argv[1]);
        return 1;
    }
    return 0;
}
