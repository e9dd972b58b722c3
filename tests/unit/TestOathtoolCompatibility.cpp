#include "crypto/Random.h"
#include "otp/Hotp.h"
#include "otp/Totp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstring>
#include <random>

using namespace castellan;

namespace {
constexpr int kTotpCases = 1000;
constexpr int kHotpCases = 200;
constexpr int kMismatchesShown = 5;

// One comparison against oathtool: the arguments that reproduce it and what each side computed.
struct Comparison
{
    QStringList arguments;
    QString ours;
    QString theirs;
};
} // namespace

/// Checks our HOTP/TOTP against OATH Toolkit's oathtool, an independent implementation, on random inputs.
/// The seed is printed and can be replayed with CASTELLAN_TEST_SEED.
class TestOathtoolCompatibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testTotpMatchesOathtoolOnRandomInputs();
    void testHotpMatchesOathtoolOnRandomCounters();

private:
    QString runOathtool(const QStringList& arguments);
    void verifyAll(const QList<Comparison>& comparisons, int expected);
    QString randomSecretHex(std::size_t minBytes, std::size_t maxBytes);

    QString m_oathtool;
    std::mt19937_64 m_random;
};

void TestOathtoolCompatibility::initTestCase()
{
    m_oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
    QVERIFY2(!m_oathtool.isEmpty(), "oathtool is not installed (Debian package oathtool)");

    bool fromEnvironment = false;
    std::uint64_t seed = qEnvironmentVariable("CASTELLAN_TEST_SEED").toULongLong(&fromEnvironment);
    if (!fromEnvironment) {
        const auto bytes = Random::randomBytes(sizeof seed);
        std::memcpy(&seed, bytes.data(), sizeof seed);
    }
    qInfo("random seed %llu (replay with CASTELLAN_TEST_SEED=%llu)", static_cast<unsigned long long>(seed),
          static_cast<unsigned long long>(seed));
    m_random.seed(seed);
}

QString TestOathtoolCompatibility::runOathtool(const QStringList& arguments)
{
    QProcess process;
    process.start(m_oathtool, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return QStringLiteral("<oathtool failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

QString TestOathtoolCompatibility::randomSecretHex(std::size_t minBytes, std::size_t maxBytes)
{
    QByteArray secret(static_cast<qsizetype>(std::uniform_int_distribution<std::size_t>(minBytes, maxBytes)(m_random)),
                      Qt::Uninitialized);
    for (char& byte : secret) {
        byte = static_cast<char>(m_random() & 0xff);
    }
    return QString::fromLatin1(secret.toHex());
}

void TestOathtoolCompatibility::verifyAll(const QList<Comparison>& comparisons, int expected)
{
    int mismatches = 0;
    for (const Comparison& c : comparisons) {
        if (c.ours != c.theirs && ++mismatches <= kMismatchesShown) {
            qWarning().noquote() << "oathtool" << c.arguments.join(QLatin1Char(' ')) << "gives" << c.theirs
                                 << "but we give" << c.ours;
        }
    }
    QCOMPARE(comparisons.size(), expected);
    QCOMPARE(mismatches, 0);
}

void TestOathtoolCompatibility::testTotpMatchesOathtoolOnRandomInputs()
{
    constexpr std::array kAlgorithms{OtpAlgorithm::Sha1, OtpAlgorithm::Sha256, OtpAlgorithm::Sha512};
    QList<Comparison> comparisons;
    for (int i = 0; i < kTotpCases; ++i) {
        const QString secretHex = randomSecretHex(10, 64);
        const OtpAlgorithm algorithm = kAlgorithms[m_random() % kAlgorithms.size()];
        const int digits = static_cast<int>(6 + m_random() % 3);
        const int period = m_random() % 2 ? 30 : 60;
        // Mostly T0 = 0 as deployed; every fourth case a later epoch. Times reach past 2038 and into 2242.
        const std::int64_t t0 = i % 4 == 3 ? static_cast<std::int64_t>(m_random() % 2000000000) : 0;
        const std::int64_t unixTime = t0 + static_cast<std::int64_t>(m_random() % (std::uint64_t{1} << 33));

        const QByteArray secret = QByteArray::fromHex(secretHex.toLatin1());
        const std::span bytes(reinterpret_cast<const std::uint8_t*>(secret.constData()),
                              static_cast<std::size_t>(secret.size()));
        const QStringList arguments{
            QStringLiteral("--totp=%1").arg(QString::fromLatin1(otpAlgorithmName(algorithm))),
            QStringLiteral("-d"),
            QString::number(digits),
            QStringLiteral("-s"),
            QStringLiteral("%1s").arg(period),
            QStringLiteral("-S"),
            QStringLiteral("@%1").arg(t0),
            QStringLiteral("-N"),
            QStringLiteral("@%1").arg(unixTime),
            secretHex,
        };
        comparisons.append({arguments, QString::fromStdString(totp(bytes, unixTime, digits, algorithm, period, t0)),
                            runOathtool(arguments)});
    }
    verifyAll(comparisons, kTotpCases);
}

void TestOathtoolCompatibility::testHotpMatchesOathtoolOnRandomCounters()
{
    // oathtool's HOTP mode is HMAC-SHA-1 only (RFC 4226).
    QList<Comparison> comparisons;
    for (int i = 0; i < kHotpCases; ++i) {
        const QString secretHex = randomSecretHex(16, 64);
        const int digits = static_cast<int>(6 + m_random() % 3);
        // Half small counters as seen in practice, half anywhere in the 64-bit range.
        const std::uint64_t counter = i % 2 ? m_random() % 100000 : m_random();

        const QByteArray secret = QByteArray::fromHex(secretHex.toLatin1());
        const std::span bytes(reinterpret_cast<const std::uint8_t*>(secret.constData()),
                              static_cast<std::size_t>(secret.size()));
        const QStringList arguments{QStringLiteral("--hotp"), QStringLiteral("-d"),     QString::number(digits),
                                    QStringLiteral("-c"),     QString::number(counter), secretHex};
        comparisons.append({arguments, QString::fromStdString(hotp(bytes, counter, digits, OtpAlgorithm::Sha1)),
                            runOathtool(arguments)});
    }
    verifyAll(comparisons, kHotpCases);
}

QTEST_GUILESS_MAIN(TestOathtoolCompatibility)
#include "TestOathtoolCompatibility.moc"
