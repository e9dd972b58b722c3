#pragma once

#include "core/Result.h"
#include "csv/CsvRecord.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// Reads CSV text as RFC 4180 §2 describes it, plus what spreadsheets write: a UTF-8 byte order mark, ';' as
/// delimiter (Excel in locales with a decimal comma, Turkish among them), LF or CRLF line ends (a lone CR counts
/// as a line end too) and blank lines, which are skipped. The first non-blank record is the header; the delimiter
/// is whichever of ',' and ';' it holds more often outside quotes (',' on a tie). Cells are kept as written,
/// quotes removed and doubled quotes undoubled; line breaks inside quoted cells are kept byte for byte.
/// Refused, with the physical line number: a quote left open, text after a closing quote, a quote inside an
/// unquoted cell, and text that is not well-formed UTF-8. Records are read one by one with next(), without
/// copying the input.
class CsvReader
{
public:
    /// A reader of `text`, which must outlive it.
    explicit CsvReader(std::string_view text);

    /// Reads the header record and detects the delimiter; next() does so itself when this was not called.
    /// Fails with InvalidInput: "The CSV text has no header line" (errorLine() 0), or as next() does.
    Result<void> readHeader();

    /// Reads the next record into `record` (its storage is reused) and returns true, or returns false at the end.
    /// Fails with InvalidInput and a message "Line N: ..." for malformed text; errorLine() then gives N, and
    /// every later call fails the same way.
    Result<bool> next(CsvRecord& record);

    /// The delimiter found in the header line: ',' or ';' (',' until the header is read).
    char delimiter() const { return m_delimiter; }
    /// The header's cells with surrounding white space removed.
    const std::vector<std::string>& header() const { return m_header; }
    /// The 1-based physical line of the header.
    std::size_t headerLine() const { return m_headerLine; }
    /// The index of the header cell named `name`, ignoring ASCII case and surrounding white space; the first
    /// one if several match.
    std::optional<std::size_t> headerIndex(std::string_view name) const;
    /// The physical line of the malformed text after readHeader() or next() failed; 0 before.
    std::size_t errorLine() const { return m_errorLine; }

private:
    Result<bool> readRecord(CsvRecord& record);
    char detectDelimiter() const;
    void skipBlankLines();
    bool readField(std::string& cell);
    bool readQuotedField(std::string& cell);
    void consumeLineEnd();
    bool fail(std::size_t line, std::string_view message);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    char m_delimiter = ',';
    std::vector<std::string> m_header;
    std::vector<std::string> m_headerKeys;
    std::size_t m_headerLine = 0;
    bool m_headerRead = false;
    std::optional<Error> m_error;
    std::size_t m_errorLine = 0;
};

} // namespace castellan
