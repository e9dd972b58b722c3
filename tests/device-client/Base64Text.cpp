#include "Base64Text.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>

#include <iterator>
#include <sstream>

namespace castellan::client {

std::string base64Encode(std::span<const std::uint8_t> bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    encoder.close();
    return out.str();
}

std::optional<std::vector<std::uint8_t>> base64Decode(const std::string& text)
{
    try {
        std::istringstream in(text);
        Poco::Base64Decoder decoder(in);
        std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>()};
        return bytes;
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

} // namespace castellan::client
