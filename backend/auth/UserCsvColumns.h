#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// The columns of a users CSV file (DESIGN §7, `POST /users/import` and `GET /users/export`): the API field names
/// of a user, and the header names an import also accepts for them. Header names are compared without regard to
/// ASCII case, white space, '_', '-' and '.', so "first_name", "First Name" and "FIRST-NAME" are one column, and
/// "E-mail", "Mobile" or "Expiration Date" are understood too.
class UserCsvColumns
{
public:
    static constexpr std::string_view kEnabled = "enabled";
    /// The user's aliases (issue 21), separated by spaces: a username has no white space, and neither ',' nor ';'
    /// (which CsvReader takes as delimiters) then needs quoting.
    static constexpr std::string_view kAliases = "aliases";

    /// The columns an export writes, in order: every importable field except the password.
    static std::span<const std::string_view> exported();
    /// The API field a header cell names, or nothing when the column is unknown.
    static std::optional<std::string_view> fieldForHeader(std::string_view header);
    /// The value of an `enabled` cell: true, false, yes, no, 1 or 0 (and Turkish evet, hayır) in any ASCII case;
    /// empty means true. Nothing when the text is none of these.
    static std::optional<bool> parseEnabled(std::string_view text);

    /// The aliases of an `aliases` cell: separated by white space, ',' or ';', empty parts left out.
    static std::vector<std::string> splitAliases(std::string_view cell);
    /// The `aliases` cell an export writes: the aliases separated by one space.
    static std::string joinAliases(const std::vector<std::string>& aliases);

    /// Whether `field` holds free text (first_name, last_name, sponsor_name, description), which an export
    /// protects against formula injection.
    static bool isFreeText(std::string_view field);
    /// `cell` as an export writes it: with an apostrophe in front when it starts with = + - or @, so that
    /// spreadsheets show it as text instead of running it as a formula (OWASP "CSV Injection").
    static std::string protectFormula(std::string_view cell);
    /// The inverse for an import: `cell` without that apostrophe.
    static std::string_view unprotectFormula(std::string_view cell);
};

} // namespace castellan
