#include "csv/CsvReader.h"

#include "validation/FreeText.h"
#include "validation/Username.h"
#include "validation/Utf8.h"

namespace castellan {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// LF, CRLF and a lone CR each end one physical line.
std::size_t countLineBreaks(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++count;
        }
    }
    return count;
}

// Header names are matched like usernames: ASCII case folded, surrounding white space ignored.
std::string headerKey(std::string_view name)
{
    return Username::key(FreeText::trimmed(name));
}

} // namespace

CsvReader::CsvReader(std::string_view text) : m_text(text)
{
    if (m_text.starts_with(kByteOrderMark)) {
        m_pos = kByteOrderMark.size();
    }
}

Result<void> CsvReader::readHeader()
{
    if (m_error) {
        return *m_error;
    }
    if (m_headerRead) {
        return {};
    }
    skipBlankLines();
    if (m_pos >= m_text.size()) {
        m_error = Error::of(ErrorCode::InvalidInput, "The CSV text has no header line");
        return *m_error;
    }
    m_delimiter = detectDelimiter();
    CsvRecord header;
    const auto read = readRecord(header);
    if (!read) {
        return read.error();
    }
    m_headerRead = true;
    m_headerLine = header.line;
    for (const std::string& cell : header.fields) {
        m_header.emplace_back(FreeText::trimmed(cell));
        m_headerKeys.push_back(headerKey(cell));
    }
    return {};
}

std::optional<std::size_t> CsvReader::headerIndex(std::string_view name) const
{
    const std::string key = headerKey(name);
    for (std::size_t i = 0; i < m_headerKeys.size(); ++i) {
        if (m_headerKeys[i] == key) {
            return i;
        }
    }
    return std::nullopt;
}

char CsvReader::detectDelimiter() const
{
    std::size_t commas = 0;
    std::size_t semicolons = 0;
    bool quoted = false;
    for (std::size_t i = m_pos; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    if (!m_headerRead) {
        const auto header = readHeader();
        if (!header) {
            return header.error();
        }
    }
    return readRecord(record);
}

Result<bool> CsvReader::readRecord(CsvRecord& record)
{
    if (m_error) {
        return *m_error;
    }
    skipBlankLines();
    if (m_pos >= m_text.size()) {
        return false;
    }
    const std::size_t start = m_pos;
    record.line = m_line;
    std::size_t count = 0;
    while (true) {
        if (count == record.fields.size()) {
            record.fields.emplace_back();
        }
        if (!readField(record.fields[count++])) {
            return *m_error;
        }
        if (m_pos >= m_text.size() || m_text[m_pos] != m_delimiter) {
            break;
        }
        ++m_pos;
    }
    record.fields.resize(count);
    const std::string_view raw = m_text.substr(start, m_pos - start);
    const std::size_t valid = Utf8::validPrefixLength(raw);
    if (valid != raw.size()) {
        fail(record.line + countLineBreaks(raw.substr(0, valid)), "the text is not valid UTF-8");
        return *m_error;
    }
    consumeLineEnd();
    return true;
}

void CsvReader::skipBlankLines()
{
    while (m_pos < m_text.size() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
        consumeLineEnd();
    }
}

void CsvReader::consumeLineEnd()
{
    if (m_pos >= m_text.size()) {
        return;
    }
    if (m_text[m_pos] == '\r') {
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
        ++m_pos;
    }
    ++m_line;
}

bool CsvReader::readField(std::string& cell)
{
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
        return readQuotedField(cell);
    }
    const std::size_t start = m_pos;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == m_delimiter || c == '\n' || c == '\r') {
            break;
        }
        if (c == '"') {
            // RFC 4180 §2.5: quotes may appear only in quoted fields; a stray one usually means a broken row.
            return fail(m_line, "a double quote appears inside a field that does not start with one");
        }
        ++m_pos;
    }
    cell.assign(m_text.data() + start, m_pos - start);
    return true;
}

// RFC 4180 §2.5–2.7: a field in quotes may hold delimiters, line breaks and quotes doubled.
bool CsvReader::readQuotedField(std::string& cell)
{
    const std::size_t startLine = m_line;
    ++m_pos;
    cell.clear();
    while (true) {
        const std::size_t quote = m_text.find('"', m_pos);
        if (quote == std::string_view::npos) {
            return fail(startLine, "a quoted field is not closed");
        }
        const std::string_view chunk = m_text.substr(m_pos, quote - m_pos);
        cell.append(chunk);
        m_line += countLineBreaks(chunk);
        m_pos = quote + 1;
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
            break;
        }
        cell.push_back('"');
        ++m_pos;
    }
    if (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != m_delimiter && c != '\n' && c != '\r') {
            return fail(m_line, "text follows the closing quote of a field");
        }
    }
    return true;
}

bool CsvReader::fail(std::size_t line, std::string_view message)
{
    m_errorLine = line;
    m_error = Error::of(ErrorCode::InvalidInput, "Line " + std::to_string(line) + ": " + std::string(message));
    return false;
}

} // namespace castellan
