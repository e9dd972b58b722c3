#pragma once

#include "store/UserRepository.h"
#include "validation/UserValidator.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// One problem of a users CSV file: the physical line (1-based) on which its row starts, or the header's line
/// for a problem with the columns; the API field concerned (for an unknown column: the column as written; empty
/// when it concerns the whole row or the file's syntax); and a message safe to show the administrator.
struct ImportIssue
{
    std::size_t line = 0;
    std::string field;
    std::string message;
    bool operator==(const ImportIssue&) const = default;
};

/// A row of a users CSV file that passed every check.
struct ImportRow
{
    std::size_t line = 0;
    UserRecord user;                  ///< the user to store (no id, timestamps or password hash yet)
    std::string password;             ///< plain text to hash with Argon2id; empty: the user gets no password
    std::vector<std::string> aliases; ///< the user's other login names, as written
};

/// What a users CSV file holds: the rows that can be imported and every problem of the others.
struct UserImportPlan
{
    std::size_t totalRows = 0;       ///< data rows read (blank rows are not counted)
    std::vector<ImportRow> rows;     ///< the valid rows, in file order
    std::vector<ImportIssue> issues; ///< every problem, by line
    /// The header or the CSV syntax is broken, so no row may be imported whatever the mode: a column that is
    /// not understood would lose its values, and after a syntax error the rows cannot be told apart.
    bool fileRefused = false;
};

/// Reads a users CSV file (DESIGN §7, `POST /users/import`) and checks every row the way `POST /users` checks one
/// user, without touching the database:
/// - CSV per CsvReader (RFC 4180, UTF-8 with or without a byte order mark, ',' or ';'); a syntax error ends the
///   reading and refuses the file;
/// - the header names the columns, per UserCsvColumns (API names or common aliases); `username` is required;
///   an unknown or repeated column refuses the file, a filled cell under no named column makes its row invalid.
///   Columns may come in any order and may be left out; an absent or empty cell leaves the field empty;
/// - each row is validated by UserValidator; `password`, when given, must meet the PasswordPolicy (no
///   confirmation column: the cell is its own confirmation); without one the user is created with no password
///   (has_password false, must_change_password false) and signs in by other factors until an admin sets one;
///   `enabled` is true/false (yes/no, 1/0), true when empty; a row with more filled cells than the header has
///   columns is refused;
/// - `aliases` (issue 21) holds the user's other login names separated by spaces (or ',' / ';'), each validated
///   like a username (reported under `aliases`);
/// - usernames and aliases share one name space and must be unique within the file without regard to case: a
///   repeat is reported on its own line, naming the line that used the name first;
/// - rows whose cells are all empty are skipped (spreadsheets write them) and not counted.
/// Free-text cells (names, sponsor name, description) that start with an apostrophe followed by = + - or @ lose
/// the apostrophe: UserExport writes it to keep spreadsheets from running such cells as formulas.
class UserImport
{
public:
    explicit UserImport(UserValidator validator);

    /// Reads and checks `csv`.
    UserImportPlan plan(std::string_view csv) const;

    /// Moves the rows whose username or an alias is among `existingKeys` (usernames and aliases already stored)
    /// to the plan's issues, as "username: is already taken" or "aliases: 'x' is already taken by a username or an
    /// alias".
    static void refuseExisting(UserImportPlan& plan, const std::vector<std::string>& existingKeys);

private:
    UserValidator m_validator;
};

} // namespace castellan
