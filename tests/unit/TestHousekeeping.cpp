#include "FreshDatabase.h"
#include "store/Housekeeping.h"

#include <Poco/Data/Session.h>

#include <QtTest>

using namespace castellan;
using namespace Poco::Data::Keywords;

class TestHousekeeping : public QObject
{
    Q_OBJECT
private:
    static Poco::Int64 count(Database& db, const std::string& table)
    {
        Poco::Int64 n = -1;
        db.read([&](Poco::Data::Session& s) { s << "SELECT COUNT(*) FROM " + table, into(n), now; });
        return n;
    }

private slots:
    void testExpiredStateIsRemovedAndFreshStateKept()
    {
        test::FreshDatabase fresh;
        Database& db = fresh.open();
        const Poco::Int64 nowSeconds = 2'000'000'000;
        const Poco::Int64 old = nowSeconds - Housekeeping::kKeepSeconds - 10;
        const Poco::Int64 recent = nowSeconds - 60;
        db.write([&](Poco::Data::Session& s) {
            s << "INSERT INTO users (username, username_key, created_at, updated_at) VALUES ('u', 'u', 0, 0)", now;
            s << "INSERT INTO factors (user_id, type, created_at) VALUES (1, 'sms', 0)", now;
            for (Poco::Int64 at : {old, recent}) {
                const std::string id = std::to_string(at);
                s << "INSERT INTO tokens (token_hash, kind, subject_type, subject_id, scope, family, expires_at, "
                     "created_at) VALUES ($1, 'access', 'admin', 1, 'admin', 'f', $2, 0)",
                    bind("t" + id), use(at), now;
                s << "INSERT INTO auth_transactions (id, user_id, channel, factors, state, created_at, expires_at) "
                     "VALUES ($1, 1, 'rest', 'totp', 'pending', 0, $2)",
                    bind("x" + id), use(at), now;
                s << "INSERT INTO source_failures (source_ip, count, window_started_at) VALUES ($1, 1, $2)",
                    bind("10.0.0." + std::string(at == old ? "1" : "2")), use(at), now;
                s << "INSERT INTO otp_deliveries (factor_id, code_hash, created_at, expires_at) VALUES (1, 'h', 0, $1)",
                    use(at), now;
                s << "INSERT INTO push_challenges (user_id, kind, challenge, status, created_at, expires_at) "
                     "VALUES (1, 'push', $1, 'pending', 0, $2)",
                    bind("c" + id), use(at), now;
            }
            s << "INSERT INTO audit_log (at, channel, event) VALUES (0, 'rest', 'ancient.event')", now;
        });
        HousekeepingReport report = Housekeeping(db).run(nowSeconds);
        QCOMPARE(report.total(), std::int64_t(5));
        for (const char* table :
             {"tokens", "auth_transactions", "source_failures", "otp_deliveries", "push_challenges"}) {
            QCOMPARE(count(db, table), Poco::Int64(1));
        }
        QCOMPARE(count(db, "audit_log"), Poco::Int64(1)); // the audit log is never purged
        QCOMPARE(Housekeeping(db).run(nowSeconds).total(), std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestHousekeeping)
#include "TestHousekeeping.moc"
