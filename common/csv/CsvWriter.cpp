#include "csv/CsvWriter.h"

namespace castellan {

CsvWriter::CsvWriter(ByteOrderMark byteOrderMark)
{
    if (byteOrderMark == ByteOrderMark::Include) {
        m_text = "\xEF\xBB\xBF";
    }
}

bool CsvWriter::needsQuotes(std::string_view field)
{
    // ';' is quoted too: a reader that takes ';' for the delimiter must not split the field either.
    if (field.find_first_of(",;\"\r\n") != std::string_view::npos) {
        return true;
    }
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t';
    };
    return !field.empty() && (isSpace(field.front()) || isSpace(field.back()));
}

std::string CsvWriter::quoted(std::string_view field)
{
    if (!needsQuotes(field)) {
        return std::string(field);
    }
    std::string out;
    out.reserve(field.size() + 2);
    out.push_back('"');
    for (const char c : field) {
        if (c == '"') {
            out.push_back('"');
        }
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

template <typename Fields> void CsvWriter::append(const Fields& fields)
{
    if (fields.size() == 1 && std::string_view(*fields.begin()).empty()) {
        m_text += "\"\"";
    } else {
        bool first = true;
        for (const auto& field : fields) {
            if (!first) {
                m_text.push_back(',');
            }
            first = false;
            m_text += quoted(field);
        }
    }
    m_text += "\r\n";
}

void CsvWriter::writeRecord(std::span<const std::string> fields)
{
    append(fields);
}

void CsvWriter::writeRecord(std::span<const std::string_view> fields)
{
    append(fields);
}

void CsvWriter::writeRecord(std::initializer_list<std::string_view> fields)
{
    append(fields);
}

std::string CsvWriter::takeText()
{
    std::string text = std::move(m_text);
    m_text.clear();
    return text;
}

} // namespace castellan
