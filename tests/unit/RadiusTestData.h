#pragma once

#include "VectorFile.h"
#include "radius/RadiusPacket.h"

#include <QTest>

/// Shared by the RADIUS codec tests: data rows from a vector file, and hex conversions.
namespace radius_test {

inline void addRows(const QString& file)
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("fields");
    const VectorFile vectors = VectorFile::load(file);
    QVERIFY2(vectors.error().isEmpty(), qPrintable(vectors.error()));
    for (const VectorCase& c : vectors.cases()) {
        QTest::newRow(qPrintable(c.where)) << c.keyword << c.fields;
    }
}

inline castellan::RadiusPacket::Authenticator authenticator(const QString& hex)
{
    const auto bytes = VectorFile::hexBytes(hex);
    castellan::RadiusPacket::Authenticator a{};
    std::copy_n(bytes.begin(), std::min(bytes.size(), a.size()), a.begin());
    return a;
}

inline QString hex(const std::vector<std::uint8_t>& bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

/// The declared count of a vector file (its closing `count N`).
inline int declared(const QString& file)
{
    return VectorFile::load(file).declaredCount();
}

} // namespace radius_test
