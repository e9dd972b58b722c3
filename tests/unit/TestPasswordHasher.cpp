#include "crypto/PasswordHasher.h"

#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace castellan;

namespace {

// Far below the OWASP minimum, so tests of everything but the defaults run fast.
PasswordHasher::Options fastOptions()
{
    PasswordHasher::Options options;
    options.parameters = Argon2Parameters{64, 1, 1, true};
    options.maxConcurrent = 2;
    options.slotWait = std::chrono::milliseconds(2000);
    return options;
}

std::unique_ptr<PasswordHasher> makeHasher(PasswordHasher::Options options = fastOptions())
{
    return std::make_unique<PasswordHasher>(options);
}

// From the Argon2 reference implementation's tests (phc-winner-argon2, src/test.c): "password", salt "somesalt".
constexpr std::string_view kReferenceHash =
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void testHashVerifies()
    {
        auto hasher = makeHasher();
        QVERIFY(hasher);
        auto encoded = hasher->hash("correct horse battery staple");
        QVERIFY(encoded.ok());
        auto verified = hasher->verify("correct horse battery staple", *encoded);
        QVERIFY(verified.ok());
        QVERIFY(*verified);
    }
    void testWrongPasswordIsRefused()
    {
        auto hasher = makeHasher();
        auto encoded = hasher->hash("correct horse battery staple");
        QVERIFY(encoded.ok());
        for (std::string_view wrong : {"correct horse battery stapl", "Correct horse battery staple", ""}) {
            auto verified = hasher->verify(wrong, *encoded);
            QVERIFY(verified.ok());
            QVERIFY(!*verified);
        }
    }
    void testEmptyPasswordAndEmbeddedNulHash()
    {
        auto hasher = makeHasher();
        const std::string withNul("a\0b", 3);
        auto encoded = hasher->hash(withNul);
        QVERIFY(encoded.ok());
        QVERIFY(*hasher->verify(withNul, *encoded));
        QVERIFY(!*hasher->verify("a", *encoded));
    }
    void testVerifiesReferenceImplementationHash()
    {
        auto hasher = makeHasher();
        QVERIFY(*hasher->verify("password", kReferenceHash));
        QVERIFY(!*hasher->verify("passwore", kReferenceHash));
    }
    void testDefaultEncodingIsArgon2idV19WithOwaspParameters()
    {
        PasswordHasher::Options options;
        options.maxConcurrent = 1;
        auto hasher = makeHasher(options);
        QVERIFY(hasher);
        auto encoded = hasher->hash("password");
        QVERIFY(encoded.ok());
        const QString text = QString::fromStdString(*encoded);
        QVERIFY2(text.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(text));
        const QStringList parts = text.split('$');
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[4].size(), 22); // 16-byte salt, unpadded base64
        QCOMPARE(parts[5].size(), 43); // 32-byte hash, unpadded base64
        QVERIFY(*hasher->verify("password", *encoded));
        QVERIFY(!hasher->needsRehash(*encoded));
    }
    void testSaltsDifferBetweenHashesOfTheSamePassword()
    {
        auto hasher = makeHasher();
        auto first = hasher->hash("password");
        auto second = hasher->hash("password");
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
    }
    void testRefusesParametersBelowOwaspMinimum_data()
    {
        QTest::addColumn<uint>("memoryKiB");
        QTest::addColumn<uint>("iterations");
        QTest::newRow("m one KiB short") << 19455u << 2u;
        QTest::newRow("t=1") << 19456u << 1u;
    }
    void testRefusesParametersBelowOwaspMinimum()
    {
        QFETCH(uint, memoryKiB);
        QFETCH(uint, iterations);
        PasswordHasher::Options options;
        options.parameters = Argon2Parameters{memoryKiB, iterations, 1};
        auto valid = PasswordHasher::validate(options);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::Configuration);
        QVERIFY2(QString::fromStdString(valid.error().message).contains("OWASP"), valid.error().message.c_str());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{options});
        options.parameters.allowBelowMinimum = true;
        QVERIFY(PasswordHasher::validate(options).ok());
        PasswordHasher allowed(options);
        QVERIFY(*allowed.verify("password", kReferenceHash));
    }
    void testRefusesInvalidParameters_data()
    {
        QTest::addColumn<uint>("memoryKiB");
        QTest::addColumn<uint>("iterations");
        QTest::addColumn<uint>("parallelism");
        QTest::newRow("p=0") << 19456u << 2u << 0u;
        QTest::newRow("t=0") << 19456u << 0u << 1u;
        QTest::newRow("m below 8p") << 15u << 1u << 2u;
        QTest::newRow("m above cap") << PasswordHasher::kMaxMemoryKiB + 1 << 2u << 1u;
        QTest::newRow("t above cap") << 19456u << PasswordHasher::kMaxIterations + 1 << 1u;
    }
    void testRefusesInvalidParameters()
    {
        QFETCH(uint, memoryKiB);
        QFETCH(uint, iterations);
        QFETCH(uint, parallelism);
        PasswordHasher::Options options;
        options.parameters = Argon2Parameters{memoryKiB, iterations, parallelism, true};
        auto valid = PasswordHasher::validate(options);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::Configuration);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{options});
    }
    void testRefusesNegativeConcurrency()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = -1;
        QVERIFY(!PasswordHasher::validate(options).ok());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PasswordHasher{options});
    }
    void testNeedsRehashWhenStoredParametersAreWeaker()
    {
        PasswordHasher::Options weak = fastOptions();
        auto weakHasher = makeHasher(weak);
        auto encoded = weakHasher->hash("password");
        QVERIFY(encoded.ok());
        QVERIFY(!weakHasher->needsRehash(*encoded));

        PasswordHasher::Options stronger = fastOptions();
        stronger.parameters.memoryKiB = 128;
        QVERIFY(makeHasher(stronger)->needsRehash(*encoded));
        stronger = fastOptions();
        stronger.parameters.iterations = 2;
        QVERIFY(makeHasher(stronger)->needsRehash(*encoded));
        stronger = fastOptions();
        stronger.parameters.parallelism = 2;
        QVERIFY(makeHasher(stronger)->needsRehash(*encoded));

        // The old hash still verifies under the stronger hasher, so the caller can rehash on sign-in.
        QVERIFY(*makeHasher(stronger)->verify("password", *encoded));
    }
    void testNoRehashWhenStoredParametersAreStronger()
    {
        auto hasher = makeHasher();
        QVERIFY(!hasher->needsRehash("$argon2id$v=19$m=65536,t=3,p=2$c29tZXNhbHRzb21lc2FsdA$"
                                     "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
    }
    void testNeedsRehashForShortSalt()
    {
        // The reference hash uses an 8-byte salt; new hashes use 16.
        QVERIFY(makeHasher()->needsRehash(kReferenceHash));
    }
    void testGarbageEncodedStringIsFalseNotACrash_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "garbage";
        QTest::newRow("dollars") << "$$$$$";
        QTest::newRow("argon2i")
            << "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("old version")
            << "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("no version")
            << "$argon2id$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("missing hash") << "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ";
        QTest::newRow("empty hash") << "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$";
        QTest::newRow("trailing field") << QString::fromUtf8(kReferenceHash.data()) + "$";
        QTest::newRow("bad base64")
            << "$argon2id$v=19$m=65536,t=2,p=1$c29t*XNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("costs reordered")
            << "$argon2id$v=19$t=2,m=65536,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("m overflow")
            << "$argon2id$v=19$m=99999999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("m of 4 GiB")
            << "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("t of a billion")
            << "$argon2id$v=19$m=65536,t=1000000000,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("p=0")
            << "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("negative t")
            << "$argon2id$v=19$m=65536,t=-2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QTest::newRow("bcrypt") << "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
    }
    void testGarbageEncodedStringIsFalseNotACrash()
    {
        QFETCH(QString, encoded);
        auto hasher = makeHasher();
        auto verified = hasher->verify("password", encoded.toStdString());
        QVERIFY(verified.ok());
        QVERIFY(!*verified);
        QVERIFY(hasher->needsRehash(encoded.toStdString()));
    }
    void testShedsLoadWhenAllSlotsAreHeld()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = 2;
        options.slotWait = std::chrono::milliseconds(50);
        auto hasher = makeHasher(options);
        auto encoded = hasher->hash("password");
        QVERIFY(encoded.ok());
        {
            auto first = hasher->tryAcquireSlot(std::chrono::milliseconds(0));
            auto second = hasher->tryAcquireSlot(std::chrono::milliseconds(0));
            QVERIFY(first && second);
            QVERIFY(!hasher->tryAcquireSlot(std::chrono::milliseconds(0)));

            auto verified = hasher->verify("password", *encoded);
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().code, ErrorCode::RateLimited);
            QVERIFY(QString::fromStdString(verified.error().logDetail).contains("50 ms"));
            auto hashed = hasher->hash("password");
            QVERIFY(!hashed.ok());
            QCOMPARE(hashed.error().code, ErrorCode::RateLimited);
        }
        // Slots come back when their holders go away.
        auto verified = hasher->verify("password", *encoded);
        QVERIFY(verified.ok());
        QVERIFY(*verified);
    }
    void testWaitsForASlotThatFreesInTime()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = 1;
        options.slotWait = std::chrono::milliseconds(5000);
        auto hasher = makeHasher(options);
        auto encoded = hasher->hash("password");
        QVERIFY(encoded.ok());
        auto held = hasher->tryAcquireSlot(std::chrono::milliseconds(0));
        QVERIFY(held);
        std::thread releaser([&held] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            held.reset();
        });
        auto verified = hasher->verify("password", *encoded);
        releaser.join();
        QVERIFY(verified.ok());
        QVERIFY(*verified);
    }
    void testCallersBeyondTheWaitingLimitAreRefusedAtOnce()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = 1;
        options.maxWaiting = 1;
        options.slotWait = std::chrono::milliseconds(5000);
        auto hasher = makeHasher(options);
        auto encoded = hasher->hash("password");
        QVERIFY(encoded.ok());
        auto held = hasher->tryAcquireSlot(std::chrono::milliseconds(0));
        QVERIFY(held);
        std::atomic<bool> waiterDone{false};
        std::thread waiter([&] {
            auto waited = hasher->verify("password", *encoded); // the one caller allowed to wait
            QVERIFY(waited.ok() && *waited);
            waiterDone = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const auto started = std::chrono::steady_clock::now();
        auto refused = hasher->verify("password", *encoded);
        const auto took = std::chrono::steady_clock::now() - started;
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::RateLimited);
        // Refused without waiting out slotWait (5 s): the limit, not the clock, turned it away.
        QVERIFY(took < std::chrono::milliseconds(4000));
        QVERIFY(!waiterDone);
        held.reset();
        waiter.join();
        QVERIFY(waiterDone);
    }
    void testGarbageIsRefusedWithoutTakingASlot()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = 1;
        options.slotWait = std::chrono::milliseconds(0);
        auto hasher = makeHasher(options);
        auto held = hasher->tryAcquireSlot(std::chrono::milliseconds(0));
        QVERIFY(held);
        auto verified = hasher->verify("password", "garbage");
        QVERIFY(verified.ok());
        QVERIFY(!*verified);
    }
    void testDefaultConstructedHasherUsesOwaspParameters()
    {
        const PasswordHasher hasher;
        QCOMPARE(hasher.options().parameters, Argon2Parameters{});
        QCOMPARE(hasher.options().slotWait, std::chrono::milliseconds(2000));
        QVERIFY(hasher.options().maxConcurrent >= 1);
    }
    void testZeroConcurrencyMeansOneSlotPerCore()
    {
        PasswordHasher::Options options = fastOptions();
        options.maxConcurrent = 0;
        auto hasher = makeHasher(options);
        QVERIFY(hasher);
        QVERIFY(hasher->options().maxConcurrent >= 1);
        QCOMPARE(hasher->options().maxConcurrent,
                 std::max<std::ptrdiff_t>(1, static_cast<std::ptrdiff_t>(std::thread::hardware_concurrency())));
    }
};

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
