#include "auth/HotpTokenImport.h"

#include "csv/CsvReader.h"
#include "otp/OtpAlgorithm.h"
#include "otp/TokenSeed.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>

#include <map>
#include <optional>

namespace castellan {
namespace {

enum class Column
{
    Username,
    Serial,
    Secret,
    SecretHex,
    Counter,
    Digits,
    Algorithm,
    Label,
};

std::optional<Column> columnNamed(std::string name)
{
    static const std::map<std::string, Column> kNames = {
        {"username", Column::Username},    {"user", Column::Username},       {"serial", Column::Serial},
        {"serial_number", Column::Serial}, {"secret", Column::Secret},       {"secret_base32", Column::Secret},
        {"secret_hex", Column::SecretHex}, {"seed", Column::SecretHex},      {"counter", Column::Counter},
        {"digits", Column::Digits},        {"algorithm", Column::Algorithm}, {"label", Column::Label}};
    const auto found = kNames.find(Poco::toLower(Poco::trim(name)));
    return found == kNames.end() ? std::nullopt : std::optional<Column>(found->second);
}

const char* apiName(Column c)
{
    switch (c) {
    case Column::Username:
        return "username";
    case Column::Serial:
        return "serial";
    case Column::Secret:
        return "secret";
    case Column::SecretHex:
        return "secret_hex";
    case Column::Counter:
        return "counter";
    case Column::Digits:
        return "digits";
    case Column::Algorithm:
        return "algorithm";
    case Column::Label:
        return "label";
    }
    return "";
}

/// Column index by meaning, from the header; issues for unknown or repeated columns.
std::map<Column, std::size_t> readHeader(const std::vector<std::string>& header, std::size_t line,
                                         std::vector<ImportIssue>& issues)
{
    std::map<Column, std::size_t> columns;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto column = columnNamed(header[i]);
        if (!column) {
            issues.push_back({line, header[i],
                              "is not a token column (username, serial, secret, secret_hex, "
                              "counter, digits, algorithm, label)"});
        } else if (!columns.emplace(*column, i).second) {
            issues.push_back({line, apiName(*column), "appears twice in the header"});
        }
    }
    for (Column required : {Column::Username, Column::Serial}) {
        if (!columns.count(required)) {
            issues.push_back({line, apiName(required), "column is required"});
        }
    }
    if (!columns.count(Column::Secret) && !columns.count(Column::SecretHex)) {
        issues.push_back({line, "secret", "column is required: secret (base32) or secret_hex (hex)"});
    }
    return columns;
}

class RowReader
{
public:
    RowReader(const std::map<Column, std::size_t>& columns, const CsvRecord& record, std::vector<ImportIssue>& issues)
        : m_columns(columns), m_record(record), m_issues(issues)
    {}

    std::string cell(Column c) const
    {
        const auto found = m_columns.find(c);
        return found == m_columns.end() ? std::string() : Poco::trim(std::string(m_record.field(found->second)));
    }
    void fail(Column c, const std::string& message)
    {
        m_issues.push_back({m_record.line, apiName(c), message});
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    std::optional<std::int64_t> integer(Column c, std::int64_t low, std::int64_t high, std::int64_t fallback)
    {
        const std::string text = cell(c);
        if (text.empty()) {
            return fallback;
        }
        Poco::Int64 value = 0;
        if (!Poco::NumberParser::tryParse64(text, value) || value < low || value > high) {
            fail(c, "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
            return std::nullopt;
        }
        return value;
    }

private:
    const std::map<Column, std::size_t>& m_columns;
    const CsvRecord& m_record;
    std::vector<ImportIssue>& m_issues;
    bool m_ok = true;
};

std::optional<HotpTokenRow> readRow(const std::map<Column, std::size_t>& columns, const CsvRecord& record,
                                    std::vector<ImportIssue>& issues)
{
    RowReader r(columns, record, issues);
    HotpTokenRow row;
    row.line = record.line;
    row.username = r.cell(Column::Username);
    if (row.username.empty() || row.username.size() > 256) {
        r.fail(Column::Username, "is required (1 to 256 characters)");
    }
    row.serial = r.cell(Column::Serial);
    if (row.serial.empty() || row.serial.size() > 64) {
        r.fail(Column::Serial, "is required (1 to 64 characters)");
    }
    const std::string base32 = r.cell(Column::Secret);
    const std::string hex = r.cell(Column::SecretHex);
    if (base32.empty() == hex.empty()) {
        r.fail(Column::Secret, base32.empty() ? "is required: the token's seed in secret (base32) or secret_hex"
                                              : "give the seed once: secret (base32) or secret_hex, not both");
    } else {
        auto seed =
            decodeTokenSeed(base32.empty() ? hex : base32, base32.empty() ? SeedEncoding::Hex : SeedEncoding::Base32);
        if (!seed) {
            r.fail(base32.empty() ? Column::SecretHex : Column::Secret, seed.error().message);
        } else {
            row.seed = std::move(seed).value();
        }
    }
    row.counter = r.integer(Column::Counter, 0, INT64_MAX / 2, 0).value_or(0);
    row.digits = static_cast<int>(r.integer(Column::Digits, 6, 8, 6).value_or(6));
    if (const std::string algorithm = r.cell(Column::Algorithm); !algorithm.empty()) {
        const auto parsed = otpAlgorithmFromName(algorithm);
        if (!parsed) {
            r.fail(Column::Algorithm, "must be SHA1, SHA256 or SHA512");
        } else {
            row.algorithm = std::string(otpAlgorithmName(*parsed));
        }
    }
    row.label = r.cell(Column::Label);
    if (row.label.size() > 100) {
        r.fail(Column::Label, "must be 100 characters or fewer");
    }
    return r.ok() ? std::optional<HotpTokenRow>(std::move(row)) : std::nullopt;
}

bool isBlank(const CsvRecord& record)
{
    for (const std::string& field : record.fields) {
        if (!Poco::trim(field).empty()) {
            return false;
        }
    }
    return true;
}

} // namespace

HotpTokenPlan HotpTokenImport::plan(std::string_view csv)
{
    HotpTokenPlan plan;
    CsvReader reader(csv);
    if (auto header = reader.readHeader(); !header) {
        plan.issues.push_back({reader.errorLine(), "", header.error().message});
        plan.fileRefused = true;
        return plan;
    }
    const auto columns = readHeader(reader.header(), reader.headerLine(), plan.issues);
    if (!plan.issues.empty()) {
        plan.fileRefused = true;
        return plan;
    }
    std::map<std::string, std::size_t> serialLines;
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            plan.issues.push_back({reader.errorLine(), "", more.error().message});
            plan.fileRefused = true;
            return plan;
        }
        if (!more.value()) {
            break;
        }
        if (isBlank(record)) {
            continue;
        }
        ++plan.totalRows;
        auto row = readRow(columns, record, plan.issues);
        if (!row) {
            continue;
        }
        const auto [first, inserted] = serialLines.emplace(row->serial, row->line);
        if (!inserted) {
            plan.issues.push_back({row->line, "serial", "repeats the serial of line " + std::to_string(first->second)});
            continue;
        }
        plan.rows.push_back(std::move(*row));
    }
    return plan;
}

} // namespace castellan
