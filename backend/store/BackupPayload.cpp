#include "store/BackupPayload.h"

#include <openssl/crypto.h>

#include <stdexcept>
#include <string_view>

namespace castellan {
namespace {

constexpr std::string_view kMagic = "CASTELLAN-DATA";
constexpr std::string_view kEnd = "END";
constexpr std::uint32_t kFormat = 1;

class Writer
{
public:
    explicit Writer(std::vector<std::uint8_t>& out) : m_out(out) {}
    void raw(std::string_view text) { m_out.insert(m_out.end(), text.begin(), text.end()); }
    void number(std::uint64_t v, int bytes)
    {
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            m_out.push_back(static_cast<std::uint8_t>(v >> shift));
        }
    }
    void text(std::string_view text)
    {
        number(text.size(), 4);
        raw(text);
    }

private:
    std::vector<std::uint8_t>& m_out;
};

/// Reads the encoding; throws std::runtime_error with what is wrong.
class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}
    std::string_view raw(std::size_t size)
    {
        if (m_in.size() - m_position < size) {
            throw std::runtime_error("it ends early");
        }
        std::string_view out(reinterpret_cast<const char*>(m_in.data()) + m_position, size);
        m_position += size;
        return out;
    }
    std::uint64_t number(int bytes)
    {
        std::uint64_t v = 0;
        for (char c : raw(static_cast<std::size_t>(bytes))) {
            v = (v << 8) | static_cast<std::uint8_t>(c);
        }
        return v;
    }
    std::string text() { return std::string(raw(number(4))); }
    bool atEnd() const { return m_position == m_in.size(); }

private:
    std::span<const std::uint8_t> m_in;
    std::size_t m_position = 0;
};

void writeCell(Writer& w, const CellValue& cell)
{
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        w.raw("I");
        w.number(static_cast<std::uint64_t>(*i), 8);
    } else if (const auto* b = std::get_if<bool>(&cell)) {
        w.raw("B");
        w.number(*b ? 1 : 0, 1);
    } else if (const auto* t = std::get_if<std::string>(&cell)) {
        w.raw("T");
        w.text(*t);
    } else {
        w.raw("N");
    }
}

CellValue readCell(Reader& r)
{
    const char tag = r.raw(1)[0];
    switch (tag) {
    case 'N':
        return std::monostate{};
    case 'I':
        return static_cast<std::int64_t>(r.number(8));
    case 'B':
        return r.number(1) != 0;
    case 'T':
        return r.text();
    default:
        throw std::runtime_error("it holds a value of unknown type '" + std::string(1, tag) + "'");
    }
}

TableRows readTable(Reader& r)
{
    TableRows table;
    table.name = r.text();
    const std::uint64_t columns = r.number(4);
    for (std::uint64_t c = 0; c < columns; ++c) {
        table.columns.push_back(r.text());
    }
    const std::uint64_t rows = r.number(8);
    for (std::uint64_t i = 0; i < rows; ++i) {
        std::vector<CellValue> row;
        row.reserve(columns);
        for (std::uint64_t c = 0; c < columns; ++c) {
            row.push_back(readCell(r));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

BackupPayload::~BackupPayload()
{
    OPENSSL_cleanse(masterKey.data(), masterKey.size());
}

std::size_t BackupPayload::rowCount() const
{
    std::size_t count = 0;
    for (const TableRows& t : tables) {
        count += t.rows.size();
    }
    return count;
}

std::vector<std::uint8_t> BackupPayload::encode() const
{
    std::vector<std::uint8_t> out;
    Writer w(out);
    w.raw(kMagic);
    w.number(kFormat, 4);
    w.number(static_cast<std::uint32_t>(schemaVersion), 4);
    w.text(sourceDialect);
    w.number(static_cast<std::uint64_t>(createdAt), 8);
    w.text(serverVersion);
    w.text(std::string_view(reinterpret_cast<const char*>(masterKey.data()), masterKey.size()));
    w.number(tables.size(), 4);
    for (const TableRows& table : tables) {
        w.text(table.name);
        w.number(table.columns.size(), 4);
        for (const std::string& column : table.columns) {
            w.text(column);
        }
        w.number(table.rows.size(), 8);
        for (const auto& row : table.rows) {
            for (const CellValue& cell : row) {
                writeCell(w, cell);
            }
        }
    }
    w.raw(kEnd);
    return out;
}

Result<BackupPayload> BackupPayload::decode(std::span<const std::uint8_t> bytes)
{
    try {
        Reader r(bytes);
        if (r.raw(kMagic.size()) != kMagic) {
            throw std::runtime_error("it does not start with " + std::string(kMagic));
        }
        if (const std::uint64_t format = r.number(4); format != kFormat) {
            throw std::runtime_error("its contents have format " + std::to_string(format) + ", not " +
                                     std::to_string(kFormat));
        }
        BackupPayload payload;
        payload.schemaVersion = static_cast<int>(r.number(4));
        payload.sourceDialect = r.text();
        payload.createdAt = static_cast<std::int64_t>(r.number(8));
        payload.serverVersion = r.text();
        std::string key = r.text();
        payload.masterKey.assign(key.begin(), key.end());
        OPENSSL_cleanse(key.data(), key.size());
        const std::uint64_t tables = r.number(4);
        for (std::uint64_t t = 0; t < tables; ++t) {
            payload.tables.push_back(readTable(r));
        }
        if (r.raw(kEnd.size()) != kEnd || !r.atEnd()) {
            throw std::runtime_error("it does not end where expected");
        }
        return payload;
    } catch (const std::exception& e) {
        return Error::of(ErrorCode::InvalidInput, std::string("the backup's contents are not valid: ") + e.what());
    }
}

} // namespace castellan
