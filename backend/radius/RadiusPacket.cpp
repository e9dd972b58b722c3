#include "radius/RadiusPacket.h"

#include <algorithm>

namespace castellan {
namespace {

Error malformed(std::string reason)
{
    return Error::of(ErrorCode::InvalidInput, std::move(reason));
}

} // namespace

Result<RadiusPacket> RadiusPacket::decode(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < kHeaderSize) {
        return malformed("packet of " + std::to_string(bytes.size()) + " bytes is shorter than the 20-byte header");
    }
    const std::size_t length = (std::size_t(bytes[2]) << 8) | bytes[3];
    if (length < kHeaderSize || length > kMaxSize) {
        return malformed("length field " + std::to_string(length) + " is outside 20-4096");
    }
    // RFC 2865 §3: a packet shorter than its Length field is discarded; octets beyond it are padding.
    if (bytes.size() < length) {
        return malformed("length field " + std::to_string(length) + " exceeds the " + std::to_string(bytes.size()) +
                         " bytes received");
    }
    RadiusPacket packet;
    packet.code = bytes[0];
    packet.identifier = bytes[1];
    std::copy_n(bytes.begin() + 4, kAuthenticatorSize, packet.authenticator.begin());
    std::size_t at = kHeaderSize;
    while (at < length) {
        if (length - at < 2) {
            return malformed("attribute at offset " + std::to_string(at) + " is truncated");
        }
        const std::uint8_t type = bytes[at];
        const std::size_t attributeLength = bytes[at + 1];
        if (attributeLength < 2) {
            return malformed("attribute " + std::to_string(type) + " at offset " + std::to_string(at) + " has length " +
                             std::to_string(attributeLength));
        }
        if (attributeLength > length - at) {
            return malformed("attribute " + std::to_string(type) + " at offset " + std::to_string(at) +
                             " runs past the end of the packet");
        }
        const auto first = bytes.begin() + static_cast<std::ptrdiff_t>(at) + 2;
        packet.attributes.push_back({type, std::vector<std::uint8_t>(first, first + (attributeLength - 2))});
        at += attributeLength;
    }
    return packet;
}

Result<std::vector<std::uint8_t>> RadiusPacket::encode() const
{
    std::size_t length = kHeaderSize;
    for (const RadiusAttribute& a : attributes) {
        if (a.value.size() > kMaxValueSize) {
            return malformed("attribute " + std::to_string(a.type) + " has " + std::to_string(a.value.size()) +
                             " value bytes, more than 253");
        }
        length += 2 + a.value.size();
    }
    if (length > kMaxSize) {
        return malformed("packet of " + std::to_string(length) + " bytes exceeds 4096");
    }
    std::vector<std::uint8_t> out;
    out.reserve(length);
    out.push_back(code);
    out.push_back(identifier);
    out.push_back(static_cast<std::uint8_t>(length >> 8));
    out.push_back(static_cast<std::uint8_t>(length & 0xff));
    out.insert(out.end(), authenticator.begin(), authenticator.end());
    for (const RadiusAttribute& a : attributes) {
        out.push_back(a.type);
        out.push_back(static_cast<std::uint8_t>(a.value.size() + 2));
        out.insert(out.end(), a.value.begin(), a.value.end());
    }
    return out;
}

const RadiusAttribute* RadiusPacket::find(std::uint8_t type) const
{
    for (const RadiusAttribute& a : attributes) {
        if (a.type == type) {
            return &a;
        }
    }
    return nullptr;
}

std::size_t RadiusPacket::count(std::uint8_t type) const
{
    return static_cast<std::size_t>(std::count_if(attributes.begin(), attributes.end(),
                                                  [type](const RadiusAttribute& a) { return a.type == type; }));
}

std::optional<std::string> RadiusPacket::text(std::uint8_t type) const
{
    const RadiusAttribute* a = find(type);
    if (!a) {
        return std::nullopt;
    }
    return std::string(a->value.begin(), a->value.end());
}

void RadiusPacket::add(std::uint8_t type, std::span<const std::uint8_t> value)
{
    attributes.push_back({type, std::vector<std::uint8_t>(value.begin(), value.end())});
}

void RadiusPacket::addText(std::uint8_t type, std::string_view value)
{
    attributes.push_back({type, std::vector<std::uint8_t>(value.begin(), value.end())});
}

void RadiusPacket::addFirst(std::uint8_t type, std::span<const std::uint8_t> value)
{
    attributes.insert(attributes.begin(), {type, std::vector<std::uint8_t>(value.begin(), value.end())});
}

} // namespace castellan
