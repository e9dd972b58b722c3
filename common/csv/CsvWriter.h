#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace castellan {

/// Writes CSV text as RFC 4180 §2 describes it: ',' between fields, CRLF after every record, UTF-8. A field is
/// quoted (quotes doubled) when it holds ',' ';' '"' CR or LF or starts or ends with white space, so that
/// CsvReader gives back the same cells whichever delimiter it would detect; a record of one empty field is
/// written as "" so that it does not read as a blank line.
class CsvWriter
{
public:
    enum class ByteOrderMark
    {
        Omit,    ///< plain UTF-8, as RFC 4180 and most programs expect
        Include, ///< EF BB BF first, which Excel needs to read the file as UTF-8 rather than the ANSI code page
    };

    /// An empty document, starting with a byte order mark if asked for.
    explicit CsvWriter(ByteOrderMark byteOrderMark = ByteOrderMark::Omit);

    /// Appends one record (the header is the first one written); a record needs at least one field.
    void writeRecord(std::span<const std::string> fields);
    /// Appends one record.
    void writeRecord(std::span<const std::string_view> fields);
    /// Appends one record.
    void writeRecord(std::initializer_list<std::string_view> fields);

    /// The text written so far.
    const std::string& text() const { return m_text; }
    /// The text written so far, moved out; the writer is empty afterwards.
    std::string takeText();

    /// `field` as it appears in a record: as is, or in quotes with quotes doubled.
    static std::string quoted(std::string_view field);
    /// Whether `field` needs quotes.
    static bool needsQuotes(std::string_view field);

private:
    template <typename Fields> void append(const Fields& fields);

    std::string m_text;
};

} // namespace castellan
