#pragma once

#include "core/Result.h"
#include "radius/RadiusCode.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// One attribute as it travels (RFC 2865 §5): a type and up to 253 value bytes.
struct RadiusAttribute
{
    std::uint8_t type = 0;
    std::vector<std::uint8_t> value;

    bool operator==(const RadiusAttribute&) const = default;
};

/// A RADIUS packet as pure data (RFC 2865 §3), decoded from and encoded to bytes without any I/O.
///
/// decode() accepts exactly what RFC 2865 §3 allows and nothing else: a datagram shorter than its Length field,
/// a Length outside 20–4096, or an attribute whose length is below 2 or runs past the end is refused with the
/// reason (the caller drops the packet and counts it); bytes beyond Length are padding and ignored.
class RadiusPacket
{
public:
    static constexpr std::size_t kHeaderSize = 20;
    static constexpr std::size_t kMaxSize = 4096;
    static constexpr std::size_t kAuthenticatorSize = 16;
    static constexpr std::size_t kMaxValueSize = 253;
    using Authenticator = std::array<std::uint8_t, kAuthenticatorSize>;

    std::uint8_t code = 0;
    std::uint8_t identifier = 0;
    Authenticator authenticator{};
    std::vector<RadiusAttribute> attributes;

    /// The packet in `bytes`, or InvalidInput with the reason it is malformed.
    static Result<RadiusPacket> decode(std::span<const std::uint8_t> bytes);
    /// The wire form with the Length field filled in; InvalidInput when a value exceeds 253 bytes or the packet
    /// would exceed 4096 bytes.
    Result<std::vector<std::uint8_t>> encode() const;

    /// The first attribute of `type`, or null.
    const RadiusAttribute* find(std::uint8_t type) const;
    /// How many attributes of `type` the packet holds.
    std::size_t count(std::uint8_t type) const;
    /// The first attribute of `type` as text (its bytes as they are), or nothing.
    std::optional<std::string> text(std::uint8_t type) const;
    /// Appends an attribute.
    void add(std::uint8_t type, std::span<const std::uint8_t> value);
    /// Appends an attribute holding the bytes of `value`.
    void addText(std::uint8_t type, std::string_view value);
    /// Inserts an attribute before all others (Message-Authenticator goes first in responses).
    void addFirst(std::uint8_t type, std::span<const std::uint8_t> value);
};

} // namespace castellan
