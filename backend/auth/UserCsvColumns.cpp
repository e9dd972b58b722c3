#include "auth/UserCsvColumns.h"

#include "validation/FreeText.h"
#include "validation/UserInput.h"
#include "validation/Username.h"

#include <array>
#include <string>
#include <utility>

namespace castellan {
namespace {

constexpr std::array<std::string_view, 12> kExported = {
    UserInput::kUsername,     UserInput::kFirstName,   UserInput::kLastName,     UserInput::kEmail,
    UserInput::kPhone,        UserInput::kExpiresAt,   UserInput::kFramedIp,     UserInput::kSponsorName,
    UserInput::kSponsorEmail, UserInput::kDescription, UserCsvColumns::kEnabled, UserCsvColumns::kAliases};

// Header names as compared: ASCII lower case, without white space and the separators people put between words.
std::string headerKey(std::string_view header)
{
    std::string key;
    for (char c : header) {
        if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.') {
            continue;
        }
        key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return key;
}

bool startsLikeFormula(std::string_view text)
{
    return !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
}

// Names spreadsheets and other products commonly give these columns, as headerKey() writes them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> kHeaderNames = {{
    {"username", UserInput::kUsername},
    {"user", UserInput::kUsername},
    {"login", UserInput::kUsername},
    {"loginname", UserInput::kUsername},
    {"firstname", UserInput::kFirstName},
    {"givenname", UserInput::kFirstName},
    {"forename", UserInput::kFirstName},
    {"lastname", UserInput::kLastName},
    {"surname", UserInput::kLastName},
    {"familyname", UserInput::kLastName},
    {"email", UserInput::kEmail},
    {"emailaddress", UserInput::kEmail},
    {"mail", UserInput::kEmail},
    {"phone", UserInput::kPhone},
    {"phonenumber", UserInput::kPhone},
    {"mobile", UserInput::kPhone},
    {"mobilephone", UserInput::kPhone},
    {"mobilenumber", UserInput::kPhone},
    {"telephone", UserInput::kPhone},
    {"gsm", UserInput::kPhone},
    {"password", UserInput::kPassword},
    {"expiresat", UserInput::kExpiresAt},
    {"expires", UserInput::kExpiresAt},
    {"expiration", UserInput::kExpiresAt},
    {"expirationdate", UserInput::kExpiresAt},
    {"expirydate", UserInput::kExpiresAt},
    {"validuntil", UserInput::kExpiresAt},
    {"framedip", UserInput::kFramedIp},
    {"framedipaddress", UserInput::kFramedIp},
    {"sponsorname", UserInput::kSponsorName},
    {"sponsor", UserInput::kSponsorName},
    {"sponsoremail", UserInput::kSponsorEmail},
    {"sponsoremailaddress", UserInput::kSponsorEmail},
    {"description", UserInput::kDescription},
    {"notes", UserInput::kDescription},
    {"comment", UserInput::kDescription},
    {"enabled", UserCsvColumns::kEnabled},
    {"isenabled", UserCsvColumns::kEnabled},
    {"aliases", UserCsvColumns::kAliases},
    {"alias", UserCsvColumns::kAliases},
    {"useraliases", UserCsvColumns::kAliases},
    {"otherlogins", UserCsvColumns::kAliases},
}};

} // namespace

std::span<const std::string_view> UserCsvColumns::exported()
{
    return kExported;
}

std::optional<std::string_view> UserCsvColumns::fieldForHeader(std::string_view header)
{
    const std::string key = headerKey(header);
    for (const auto& [name, field] : kHeaderNames) {
        if (name == key) {
            return field;
        }
    }
    return std::nullopt;
}

std::optional<bool> UserCsvColumns::parseEnabled(std::string_view text)
{
    const std::string key = Username::key(FreeText::trimmed(text)); // ASCII lower case
    if (key.empty() || key == "true" || key == "yes" || key == "1" || key == "evet") {
        return true;
    }
    if (key == "false" || key == "no" || key == "0" || key == "hayir" || key == "hay\xC4\xB1r") { // Turkish "hayır"
        return false;
    }
    return std::nullopt;
}

std::vector<std::string> UserCsvColumns::splitAliases(std::string_view cell)
{
    std::vector<std::string> aliases;
    std::string current;
    for (char c : cell) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';') {
            if (!current.empty()) {
                aliases.push_back(std::move(current));
                current.clear();
            }
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) {
        aliases.push_back(std::move(current));
    }
    return aliases;
}

std::string UserCsvColumns::joinAliases(const std::vector<std::string>& aliases)
{
    std::string cell;
    for (const std::string& alias : aliases) {
        cell += (cell.empty() ? "" : " ") + alias;
    }
    return cell;
}

bool UserCsvColumns::isFreeText(std::string_view field)
{
    return field == UserInput::kFirstName || field == UserInput::kLastName || field == UserInput::kSponsorName ||
           field == UserInput::kDescription;
}

std::string UserCsvColumns::protectFormula(std::string_view cell)
{
    return startsLikeFormula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string_view UserCsvColumns::unprotectFormula(std::string_view cell)
{
    return cell.size() > 1 && cell[0] == '\'' && startsLikeFormula(cell.substr(1)) ? cell.substr(1) : cell;
}

} // namespace castellan
