#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

/// One case of a test-vector file: its keyword, its fields, and "file:line" so a failing row says where it is.
struct VectorCase
{
    QString keyword;
    QStringList fields;
    QString where;
};

/// A test-vector file under tests/data/, in the FreeRADIUS style: '#' comments, one case per line as
/// `keyword field...` with "double quotes" around fields that are empty or hold spaces, and a closing
/// `count N` so that a case deleted, mistyped or skipped makes the test fail.
class VectorFile
{
public:
    /// Reads tests/data/<relativePath> under $CASTELLAN_SOURCE_DIR (set by CTest) or the configured source dir.
    static VectorFile load(const QString& relativePath)
    {
        VectorFile file;
        QString root = qEnvironmentVariable("CASTELLAN_SOURCE_DIR");
        if (root.isEmpty()) {
            root = QStringLiteral(CASTELLAN_TEST_SOURCE_DIR);
        }
        QFile input(root + QStringLiteral("/tests/data/") + relativePath);
        if (!input.open(QIODevice::ReadOnly | QIODevice::Text)) {
            file.m_error = QStringLiteral("cannot open %1: %2").arg(input.fileName(), input.errorString());
            return file;
        }
        static const QRegularExpression s_field(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
        int lineNumber = 0;
        while (!input.atEnd()) {
            const QString line = QString::fromUtf8(input.readLine()).trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            QStringList fields;
            for (const auto& match : s_field.globalMatch(line)) {
                fields << (match.hasCaptured(1) ? match.captured(1) : match.captured(2));
            }
            const QString keyword = fields.takeFirst();
            if (keyword == QLatin1String("count")) {
                file.m_declaredCount = fields.value(0).toInt();
                continue;
            }
            file.m_cases.append({keyword, fields, QStringLiteral("%1:%2").arg(relativePath).arg(lineNumber)});
        }
        return file;
    }

    /// Why the file could not be read; empty when it was.
    const QString& error() const { return m_error; }
    /// The cases in file order.
    const QList<VectorCase>& cases() const { return m_cases; }
    /// The N of the closing `count N` line, or -1 if the file has none.
    int declaredCount() const { return m_declaredCount; }

    /// The bytes of a hex field.
    static std::vector<std::uint8_t> hexBytes(const QString& hex)
    {
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        return {bytes.begin(), bytes.end()};
    }
    /// The UTF-8 bytes of a text field.
    static std::vector<std::uint8_t> textBytes(const QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        return {bytes.begin(), bytes.end()};
    }

private:
    QString m_error;
    QList<VectorCase> m_cases;
    int m_declaredCount = -1;
};
