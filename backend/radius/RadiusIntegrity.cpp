#include "radius/RadiusIntegrity.h"

#include "crypto/ConstantTime.h"
#include "radius/RadiusDictionary.h"
#include "radius/RadiusDigest.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr std::size_t kAuthOffset = 4;
constexpr std::size_t kMacSize = 16;

RadiusPacket::Authenticator headerAuthenticator(std::span<const std::uint8_t> bytes)
{
    RadiusPacket::Authenticator a{};
    std::copy_n(bytes.begin() + kAuthOffset, a.size(), a.begin());
    return a;
}

/// MD5 over the packet with `header` in place of its authenticator, followed by the secret.
RadiusDigest::Digest packetDigest(std::span<const std::uint8_t> bytes, const RadiusPacket::Authenticator& header,
                                  std::string_view secret)
{
    return RadiusDigest::md5(
        {bytes.first(kAuthOffset), header, bytes.subspan(RadiusPacket::kHeaderSize), RadiusDigest::bytes(secret)});
}

} // namespace

std::vector<std::size_t> RadiusIntegrity::messageAuthenticatorOffsets(std::span<const std::uint8_t> bytes)
{
    std::vector<std::size_t> offsets;
    std::size_t at = RadiusPacket::kHeaderSize;
    while (at + 2 <= bytes.size() && bytes[at + 1] >= 2) {
        if (bytes[at] == RadiusAttr::MessageAuthenticator) {
            offsets.push_back(at);
        }
        at += bytes[at + 1];
    }
    return offsets;
}

void RadiusIntegrity::fillMessageAuthenticator(std::vector<std::uint8_t>& bytes, std::size_t offset,
                                               const RadiusPacket::Authenticator& header, std::string_view secret)
{
    std::vector<std::uint8_t> copy = bytes;
    std::copy(header.begin(), header.end(), copy.begin() + kAuthOffset);
    std::fill_n(copy.begin() + static_cast<std::ptrdiff_t>(offset + 2), kMacSize, 0);
    const auto mac = RadiusDigest::hmacMd5(RadiusDigest::bytes(secret), copy);
    std::copy(mac.begin(), mac.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset + 2));
}

RadiusIntegrity::Check RadiusIntegrity::messageAuthenticator(std::span<const std::uint8_t> bytes,
                                                             std::string_view secret)
{
    const std::vector<std::size_t> offsets = messageAuthenticatorOffsets(bytes);
    if (offsets.empty()) {
        return Check::Absent;
    }
    if (offsets.size() > 1 || bytes[offsets[0] + 1] != 2 + kMacSize) {
        return Check::Invalid;
    }
    const std::size_t offset = offsets[0];
    std::vector<std::uint8_t> copy(bytes.begin(), bytes.end());
    RadiusPacket::Authenticator header = headerAuthenticator(bytes);
    if (bytes[0] == static_cast<std::uint8_t>(RadiusCode::AccountingRequest)) {
        header.fill(0);
    }
    fillMessageAuthenticator(copy, offset, header, secret);
    const bool same =
        constantTimeEquals(std::span(copy).subspan(offset + 2, kMacSize), bytes.subspan(offset + 2, kMacSize));
    return same ? Check::Valid : Check::Invalid;
}

bool RadiusIntegrity::accountingRequestValid(std::span<const std::uint8_t> bytes, std::string_view secret)
{
    const auto expected = packetDigest(bytes, RadiusPacket::Authenticator{}, secret);
    return constantTimeEquals(expected, bytes.subspan(kAuthOffset, RadiusPacket::kAuthenticatorSize));
}

RadiusPacket::Authenticator RadiusIntegrity::macHeader(std::uint8_t responseCode, const RadiusPacket& request)
{
    const bool accounting = responseCode == static_cast<std::uint8_t>(RadiusCode::AccountingResponse) &&
                            request.code == static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
    return accounting ? RadiusPacket::Authenticator{} : request.authenticator;
}

Result<std::vector<std::uint8_t>> RadiusIntegrity::signResponse(RadiusPacket response, const RadiusPacket& request,
                                                                std::string_view secret)
{
    const RadiusPacket::Authenticator& requestAuthenticator = request.authenticator;
    std::erase_if(response.attributes,
                  [](const RadiusAttribute& a) { return a.type == RadiusAttr::MessageAuthenticator; });
    response.addFirst(RadiusAttr::MessageAuthenticator, std::vector<std::uint8_t>(kMacSize, 0));
    response.authenticator = requestAuthenticator;
    auto encoded = response.encode();
    if (!encoded) {
        return encoded.error();
    }
    std::vector<std::uint8_t>& bytes = encoded.value();
    fillMessageAuthenticator(bytes, RadiusPacket::kHeaderSize, macHeader(response.code, request), secret);
    const auto authenticator = packetDigest(bytes, requestAuthenticator, secret);
    std::copy(authenticator.begin(), authenticator.end(), bytes.begin() + kAuthOffset);
    return encoded;
}

Result<std::vector<std::uint8_t>> RadiusIntegrity::signRequest(RadiusPacket request, std::string_view secret,
                                                               bool messageAuthenticator)
{
    std::erase_if(request.attributes,
                  [](const RadiusAttribute& a) { return a.type == RadiusAttr::MessageAuthenticator; });
    if (messageAuthenticator) {
        request.addFirst(RadiusAttr::MessageAuthenticator, std::vector<std::uint8_t>(kMacSize, 0));
    }
    const bool accounting = request.code == static_cast<std::uint8_t>(RadiusCode::AccountingRequest);
    if (accounting) {
        request.authenticator.fill(0);
    }
    auto encoded = request.encode();
    if (!encoded) {
        return encoded.error();
    }
    std::vector<std::uint8_t>& bytes = encoded.value();
    if (messageAuthenticator) {
        fillMessageAuthenticator(bytes, RadiusPacket::kHeaderSize, request.authenticator, secret);
    }
    if (accounting) {
        const auto authenticator = packetDigest(bytes, RadiusPacket::Authenticator{}, secret);
        std::copy(authenticator.begin(), authenticator.end(), bytes.begin() + kAuthOffset);
    }
    return encoded;
}

bool RadiusIntegrity::responseValid(std::span<const std::uint8_t> bytes, const RadiusPacket& request,
                                    std::string_view secret)
{
    if (bytes.size() < RadiusPacket::kHeaderSize) {
        return false;
    }
    const auto expected = packetDigest(bytes, request.authenticator, secret);
    if (!constantTimeEquals(expected, bytes.subspan(kAuthOffset, RadiusPacket::kAuthenticatorSize))) {
        return false;
    }
    const std::vector<std::size_t> offsets = messageAuthenticatorOffsets(bytes);
    if (offsets.empty()) {
        return true;
    }
    if (offsets.size() > 1 || bytes[offsets[0] + 1] != 2 + kMacSize) {
        return false;
    }
    std::vector<std::uint8_t> copy(bytes.begin(), bytes.end());
    fillMessageAuthenticator(copy, offsets[0], macHeader(bytes[0], request), secret);
    return constantTimeEquals(std::span(copy).subspan(offsets[0] + 2, kMacSize),
                              bytes.subspan(offsets[0] + 2, kMacSize));
}

} // namespace castellan
