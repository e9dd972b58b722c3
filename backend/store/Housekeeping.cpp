#include "store/Housekeeping.h"

#include "store/Database.h"

using namespace Poco::Data::Keywords;

namespace castellan {

Housekeeping::Housekeeping(Database& database) : m_database(database) {}

HousekeepingReport Housekeeping::run(std::int64_t nowSeconds)
{
    HousekeepingReport report;
    Poco::Int64 cutoff = nowSeconds - kKeepSeconds;
    auto purge = [&](Poco::Data::Session& s, const std::string& sql) {
        Poco::Data::Statement statement(s);
        statement << sql, use(cutoff);
        return static_cast<std::int64_t>(statement.execute());
    };
    m_database.write([&](Poco::Data::Session& s) {
        report.tokens = purge(s, "DELETE FROM tokens WHERE expires_at < $1");
        report.transactions = purge(s, "DELETE FROM auth_transactions WHERE expires_at < $1");
        report.sourceFailures = purge(s, "DELETE FROM source_failures WHERE window_started_at < $1");
        report.codes = purge(s, "DELETE FROM otp_deliveries WHERE expires_at < $1");
        report.challenges = purge(s, "DELETE FROM push_challenges WHERE expires_at < $1");
    });
    return report;
}

} // namespace castellan
