#include "auth/UserImport.h"

#include "auth/UserCsvColumns.h"
#include "csv/CsvReader.h"
#include "validation/FreeText.h"
#include "validation/Username.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace castellan {
namespace {

using Column = std::optional<std::string_view>; // the API field of a CSV column, or none

// The API field of each column; `reported` marks columns the header problems already name (unknown, repeated),
// whose cells are then ignored rather than reported again on every row.
struct ColumnMap
{
    std::vector<Column> fields;
    std::vector<bool> reported;

    bool hasUsername() const
    {
        return std::find(fields.begin(), fields.end(), Column(UserInput::kUsername)) != fields.end();
    }
};

constexpr std::array<std::pair<std::string_view, std::optional<std::string> UserInput::*>, 10> kTextFields = {{
    {UserInput::kFirstName, &UserInput::firstName},
    {UserInput::kLastName, &UserInput::lastName},
    {UserInput::kEmail, &UserInput::email},
    {UserInput::kPhone, &UserInput::phone},
    {UserInput::kExpiresAt, &UserInput::expiresAt},
    {UserInput::kFramedIp, &UserInput::framedIp},
    {UserInput::kSponsorName, &UserInput::sponsorName},
    {UserInput::kSponsorEmail, &UserInput::sponsorEmail},
    {UserInput::kDescription, &UserInput::description},
    {UserInput::kPassword, &UserInput::password},
}};

std::string knownColumns()
{
    std::string names(UserInput::kUsername);
    for (const auto& [field, member] : kTextFields) {
        names += ", " + std::string(field);
    }
    return names + ", " + std::string(UserCsvColumns::kEnabled) + ", " + std::string(UserCsvColumns::kAliases);
}

// The field of each header cell; every problem with the header goes to `issues`.
ColumnMap mapColumns(const CsvReader& reader, std::vector<ImportIssue>& issues)
{
    const std::size_t line = reader.headerLine();
    ColumnMap columns;
    std::map<std::string_view, std::size_t> seen; // field -> 1-based column number
    for (std::size_t i = 0; i < reader.header().size(); ++i) {
        const std::string& name = reader.header()[i];
        const Column field = name.empty() ? std::nullopt : UserCsvColumns::fieldForHeader(name);
        if (!name.empty() && !field) {
            issues.push_back({line, name, "is not a known column (known: " + knownColumns() + ")"});
        } else if (field && seen.count(*field)) {
            issues.push_back({line, std::string(*field),
                              "is named by columns " + std::to_string(seen[*field]) + " and " + std::to_string(i + 1) +
                                  "; keep one"});
        } else if (field) {
            seen[*field] = i + 1;
        }
        const bool used = field && seen[*field] == i + 1;
        columns.fields.push_back(used ? field : std::nullopt);
        columns.reported.push_back(!name.empty() && !used);
    }
    if (!seen.count(UserInput::kUsername)) {
        issues.push_back({line, std::string(UserInput::kUsername), "column is required"});
    }
    return columns;
}

bool isBlank(const CsvRecord& record)
{
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& cell) { return FreeText::trimmed(cell).empty(); });
}

// The fields of one row as UserValidator takes them, and the `enabled` cell (which it does not know).
struct RowInput
{
    UserInput user;
    std::string_view enabled;
    std::vector<std::string> aliases;
    std::optional<std::size_t> strayColumn; ///< 1-based number of a filled cell under no named column
};

RowInput readRow(const CsvRecord& record, const ColumnMap& columns)
{
    RowInput row;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view cell = record.fields[i];
        const Column field = i < columns.fields.size() ? columns.fields[i] : std::nullopt;
        if (!field) {
            const bool reported = i < columns.reported.size() && columns.reported[i];
            if (!reported && !row.strayColumn && !FreeText::trimmed(cell).empty()) {
                row.strayColumn = i + 1;
            }
        } else if (*field == UserInput::kUsername) {
            row.user.username = std::string(FreeText::trimmed(cell)); // spreadsheets keep stray spaces
        } else if (*field == UserCsvColumns::kEnabled) {
            row.enabled = cell;
        } else if (*field == UserCsvColumns::kAliases) {
            row.aliases = UserCsvColumns::splitAliases(cell);
        } else if (*field == UserInput::kPassword) {
            if (!cell.empty()) {
                row.user.password = std::string(cell);
                row.user.passwordConfirmation = row.user.password;
            }
        } else {
            const auto member = std::find_if(kTextFields.begin(), kTextFields.end(),
                                             [&](const auto& entry) { return entry.first == *field; });
            row.user.*(member->second) =
                std::string(UserCsvColumns::isFreeText(*field) ? UserCsvColumns::unprotectFormula(cell) : cell);
        }
    }
    return row;
}

UserRecord recordOf(const ValidatedUser& valid, bool enabled)
{
    UserRecord u;
    u.username = valid.username.value_or("");
    u.usernameKey = valid.usernameKey.value_or("");
    u.firstName = valid.firstName.value_or("");
    u.lastName = valid.lastName.value_or("");
    u.email = valid.email.value_or("");
    u.phone = valid.phone.value_or("");
    u.framedIp = valid.framedIp.value_or("");
    u.sponsorName = valid.sponsorName.value_or("");
    u.sponsorEmail = valid.sponsorEmail.value_or("");
    u.description = valid.description.value_or("");
    u.expiresAt = valid.clearExpiresAt ? std::nullopt : valid.expiresAt;
    u.enabled = enabled;
    return u;
}

// "Line 7: a quoted field is not closed" -> "a quoted field is not closed": the line has its own member.
std::string withoutLinePrefix(const std::string& message)
{
    const std::size_t colon = message.find(": ");
    return message.starts_with("Line ") && colon != std::string::npos ? message.substr(colon + 2) : message;
}

// Each alias is validated like a username and must not repeat a username or alias of the file (this row's too).
void checkAliases(const std::vector<std::string>& aliases, std::size_t line,
                  std::unordered_map<std::string, std::size_t>& firstLineOf, UserImportPlan& plan)
{
    const std::string field(UserCsvColumns::kAliases);
    for (const std::string& alias : aliases) {
        if (const auto valid = Username::validate(alias, field); !valid) {
            const auto& fields = valid.error().fields;
            plan.issues.push_back(
                {line, field, "'" + alias + "' " + (fields.empty() ? valid.error().message : fields.front().message)});
            continue;
        }
        const auto [first, added] = firstLineOf.emplace(Username::key(alias), line);
        if (!added) {
            plan.issues.push_back(
                {line, field,
                 "'" + alias + "' " +
                     (first->second == line ? std::string("repeats a name of this row")
                                            : "repeats a username or alias of line " + std::to_string(first->second))});
        }
    }
}

// Validates one row; it joins the plan's rows when it has no problem.
void checkRow(const UserValidator& validator, const CsvRecord& record, const ColumnMap& columns,
              std::unordered_map<std::string, std::size_t>& firstLineOf, UserImportPlan& plan)
{
    const std::size_t issuesBefore = plan.issues.size();
    const RowInput row = readRow(record, columns);
    const auto valid = validator.validateCreate(row.user, row.user.password ? UserValidator::PasswordSource::Given
                                                                            : UserValidator::PasswordSource::Generated);
    if (!valid) {
        for (const FieldError& e : valid.error().fields) {
            plan.issues.push_back({record.line, e.field, e.message});
        }
    }
    const auto enabled = UserCsvColumns::parseEnabled(row.enabled);
    if (!enabled) {
        plan.issues.push_back({record.line, std::string(UserCsvColumns::kEnabled), "must be true or false"});
    }
    if (row.strayColumn) {
        plan.issues.push_back(
            {record.line, "",
             "has a value in column " + std::to_string(*row.strayColumn) + ", which the header does not name"});
    }
    if (row.user.username && Username::validate(*row.user.username)) {
        const auto [first, added] = firstLineOf.emplace(Username::key(*row.user.username), record.line);
        if (!added) {
            plan.issues.push_back({record.line, std::string(UserInput::kUsername),
                                   "repeats a username or alias of line " + std::to_string(first->second)});
        }
    }
    checkAliases(row.aliases, record.line, firstLineOf, plan);
    if (plan.issues.size() == issuesBefore) {
        plan.rows.push_back({record.line, recordOf(*valid, *enabled), row.user.password.value_or(""), row.aliases});
    }
}

} // namespace

UserImport::UserImport(UserValidator validator) : m_validator(std::move(validator)) {}

UserImportPlan UserImport::plan(std::string_view csv) const
{
    UserImportPlan plan;
    CsvReader reader(csv);
    if (const auto header = reader.readHeader(); !header) {
        plan.issues.push_back(
            {std::max<std::size_t>(1, reader.errorLine()), "", withoutLinePrefix(header.error().message)});
        plan.fileRefused = true;
        return plan;
    }
    const ColumnMap columns = mapColumns(reader, plan.issues);
    plan.fileRefused = !plan.issues.empty();
    const bool checkRows = columns.hasUsername(); // without it every row would only repeat that it is missing
    std::unordered_map<std::string, std::size_t> firstLineOf; // username key -> line
    CsvRecord record;
    while (true) {
        const auto read = reader.next(record);
        if (!read) {
            plan.issues.push_back({reader.errorLine(), "", withoutLinePrefix(read.error().message)});
            plan.fileRefused = true;
            break;
        }
        if (!*read) {
            break;
        }
        if (isBlank(record)) {
            continue;
        }
        ++plan.totalRows;
        if (checkRows) {
            checkRow(m_validator, record, columns, firstLineOf, plan);
        }
    }
    return plan;
}

void UserImport::refuseExisting(UserImportPlan& plan, const std::vector<std::string>& existingKeys)
{
    if (existingKeys.empty()) {
        return;
    }
    const std::set<std::string> existing(existingKeys.begin(), existingKeys.end());
    const auto free = [&](const ImportRow& row) {
        return !existing.count(row.user.usernameKey) &&
               std::none_of(row.aliases.begin(), row.aliases.end(),
                            [&](const std::string& alias) { return existing.count(Username::key(alias)); });
    };
    auto taken = std::stable_partition(plan.rows.begin(), plan.rows.end(), free);
    for (auto it = taken; it != plan.rows.end(); ++it) {
        if (existing.count(it->user.usernameKey)) {
            plan.issues.push_back({it->line, std::string(UserInput::kUsername), "is already taken"});
        }
        for (const std::string& alias : it->aliases) {
            if (existing.count(Username::key(alias))) {
                plan.issues.push_back({it->line, std::string(UserCsvColumns::kAliases),
                                       "'" + alias + "' is already taken by a username or an alias"});
            }
        }
    }
    plan.rows.erase(taken, plan.rows.end());
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });
}

} // namespace castellan
