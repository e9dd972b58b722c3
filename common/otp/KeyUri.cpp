#include "otp/KeyUri.h"

#include "otp/Base32.h"
#include "otp/Hotp.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>

namespace castellan {

namespace {

constexpr std::string_view kScheme = "otpauth://";
constexpr int kMaxPeriod = 86400;
constexpr std::string_view kHexDigits = "0123456789ABCDEF";

using Parameters = std::map<std::string, std::string, std::less<>>;

Error uriError(std::string field, std::string message)
{
    return Error::invalid({FieldError{std::move(field), std::move(message)}}, "The otpauth URI is malformed");
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// RFC 3986 §2.3 unreserved characters. Spelled out rather than std::isalnum, which depends on the locale.
bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

// Percent-encodes all but the unreserved characters and whatever the component allows literally ('@' in a path).
std::string percentEncode(std::string_view text, std::string_view keepLiteral = {})
{
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isUnreserved(c) || keepLiteral.find(c) != std::string_view::npos) {
            out.push_back(c);
        } else {
            // RFC 3986 §2.1: upper-case hex digits.
            out.push_back('%');
            out.push_back(kHexDigits[byte >> 4]);
            out.push_back(kHexDigits[byte & 0x0f]);
        }
    }
    return out;
}

int hexValue(char c)
{
    const auto pos = kHexDigits.find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// '+' stays a plus: RFC 3986 gives it no special meaning, unlike HTML form encoding.
std::optional<std::string> percentDecode(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.push_back(text[i]);
            continue;
        }
        if (i + 2 >= text.size()) {
            return std::nullopt;
        }
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        out.push_back(static_cast<char>(high << 4 | low));
        i += 2;
    }
    return out;
}

std::optional<std::uint64_t> parseDecimal(std::string_view text)
{
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

// Google's format: the label is "issuer:account" or "account"; the colon may be literal or "%3A", and
// spaces may precede the account. A literal colon wins so that an issuer with an encoded colon survives.
Result<void> parseLabel(std::string_view raw, KeyUri& key)
{
    std::optional<std::string> prefix;
    std::optional<std::string> account;
    if (const auto colon = raw.find(':'); colon != std::string_view::npos) {
        prefix = percentDecode(raw.substr(0, colon));
        account = percentDecode(raw.substr(colon + 1));
    } else if ((account = percentDecode(raw))) {
        if (const auto colon = account->find(':'); colon != std::string::npos) {
            prefix = account->substr(0, colon);
            account = account->substr(colon + 1);
        } else {
            prefix = std::string();
        }
    }
    if (!prefix || !account) {
        return uriError("label", "The label has invalid percent-encoding");
    }
    account->erase(0, account->find_first_not_of(' '));
    if (account->empty()) {
        return uriError("label", "The account name is missing");
    }
    key.issuer = std::move(*prefix);
    key.account = std::move(*account);
    return {};
}

Result<Parameters> parseQuery(std::string_view query)
{
    constexpr std::array kKnown{"secret", "issuer", "algorithm", "digits", "period", "counter"};
    Parameters parameters;
    while (!query.empty()) {
        const std::string_view pair = query.substr(0, query.find('&'));
        query.remove_prefix(std::min(query.size(), pair.size() + 1));
        if (pair.empty()) {
            continue;
        }
        const auto equals = pair.find('=');
        const std::string_view name = pair.substr(0, equals);
        if (std::ranges::find(kKnown, name) == kKnown.end()) {
            continue;
        }
        const auto value = percentDecode(equals == std::string_view::npos ? "" : pair.substr(equals + 1));
        if (!value) {
            return uriError(std::string(name), "The parameter has invalid percent-encoding");
        }
        if (!parameters.emplace(name, *value).second) {
            return uriError(std::string(name), "The parameter is given more than once");
        }
    }
    return parameters;
}

std::string_view parameter(const Parameters& parameters, std::string_view name)
{
    const auto it = parameters.find(name);
    return it == parameters.end() ? std::string_view() : std::string_view(it->second);
}

Result<void> applySecretAndIssuer(const Parameters& parameters, KeyUri& key)
{
    const std::string_view secretText = parameter(parameters, "secret");
    auto secret = Base32::decode(secretText);
    if (!secret) {
        return uriError("secret", "The secret is not valid Base32");
    }
    if (secret->empty()) {
        return uriError("secret", "The secret is missing");
    }
    key.secret = std::move(secret).value();

    // Google's format: when both are present, the issuer parameter and the label prefix must agree.
    if (const auto it = parameters.find("issuer"); it != parameters.end()) {
        if (!key.issuer.empty() && key.issuer != it->second) {
            return uriError("issuer", "The issuer parameter differs from the label's issuer");
        }
        key.issuer = it->second;
    }
    return {};
}

Result<void> applyCodeParameters(const Parameters& parameters, KeyUri& key)
{
    if (const auto it = parameters.find("algorithm"); it != parameters.end()) {
        const auto algorithm = otpAlgorithmFromName(it->second);
        if (!algorithm) {
            return uriError("algorithm", "The algorithm must be SHA1, SHA256 or SHA512");
        }
        key.algorithm = *algorithm;
    }
    if (const auto it = parameters.find("digits"); it != parameters.end()) {
        const auto digits = parseDecimal(it->second);
        if (!digits || *digits < kOtpMinDigits || *digits > kOtpMaxDigits) {
            return uriError("digits", "The number of digits must be 6, 7 or 8");
        }
        key.digits = static_cast<int>(*digits);
    }
    if (key.type == KeyUri::Type::Totp) {
        if (const auto it = parameters.find("period"); it != parameters.end()) {
            const auto period = parseDecimal(it->second);
            if (!period || *period < 1 || *period > kMaxPeriod) {
                return uriError("period", "The period must be between 1 and 86400 seconds");
            }
            key.period = static_cast<int>(*period);
        }
        return {};
    }
    const auto it = parameters.find("counter");
    if (it == parameters.end()) {
        return uriError("counter", "The counter is missing");
    }
    const auto counter = parseDecimal(it->second);
    if (!counter) {
        return uriError("counter", "The counter must be a non-negative whole number");
    }
    key.counter = *counter;
    return {};
}

} // namespace

std::string KeyUri::toString() const
{
    // '@' is legal in a path segment (RFC 3986 §3.3) and keeps e-mail addresses readable; ':' inside the
    // issuer or account is encoded so the literal ':' separator stays unambiguous.
    std::string label = percentEncode(account, "@");
    if (!issuer.empty()) {
        label = percentEncode(issuer, "@") + ":" + label;
    }
    std::string uri = std::string(kScheme) + (type == Type::Totp ? "totp/" : "hotp/") + label;
    uri += "?secret=" + Base32::encode(secret, Base32::Padding::Omit);
    if (!issuer.empty()) {
        uri += "&issuer=" + percentEncode(issuer);
    }
    uri += "&algorithm=" + std::string(otpAlgorithmName(algorithm));
    uri += "&digits=" + std::to_string(digits);
    uri += type == Type::Totp ? "&period=" + std::to_string(period) : "&counter=" + std::to_string(counter);
    return uri;
}

Result<KeyUri> KeyUri::parse(std::string_view uri)
{
    if (uri.size() < kScheme.size() || !equalsIgnoringCase(uri.substr(0, kScheme.size()), kScheme)) {
        return uriError("scheme", "The URI must start with otpauth://");
    }
    std::string_view rest = uri.substr(kScheme.size());
    rest = rest.substr(0, rest.find('#'));
    const auto question = rest.find('?');
    const std::string_view query = question == std::string_view::npos ? "" : rest.substr(question + 1);
    const std::string_view path = rest.substr(0, question);
    const auto slash = path.find('/');

    KeyUri key;
    const std::string_view type = path.substr(0, slash);
    if (equalsIgnoringCase(type, "totp")) {
        key.type = Type::Totp;
    } else if (equalsIgnoringCase(type, "hotp")) {
        key.type = Type::Hotp;
    } else {
        return uriError("type", "The type must be totp or hotp");
    }
    if (slash == std::string_view::npos) {
        return uriError("label", "The account name is missing");
    }
    if (auto labelled = parseLabel(path.substr(slash + 1), key); !labelled) {
        return labelled.error();
    }
    auto parameters = parseQuery(query);
    if (!parameters) {
        return parameters.error();
    }
    if (auto applied = applySecretAndIssuer(*parameters, key); !applied) {
        return applied.error();
    }
    if (auto applied = applyCodeParameters(*parameters, key); !applied) {
        return applied.error();
    }
    return key;
}

} // namespace castellan
