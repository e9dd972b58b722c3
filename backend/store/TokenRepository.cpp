#include "store/TokenRepository.h"

#include "store/Database.h"

#include <Poco/Nullable.h>

using namespace Poco::Data::Keywords;

namespace castellan {

TokenRepository::TokenRepository(Database& database) : m_database(database) {}

void TokenRepository::insert(const TokenRow& token)
{
    TokenRow t = token;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO tokens (token_hash, kind, subject_type, subject_id, scope, family, expires_at, created_at) "
             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            use(t.digest), use(t.kind), use(t.subjectType), use(t.subjectId), use(t.scope), use(t.family),
            use(t.expiresAt), use(t.createdAt), now;
    });
}

std::optional<AccessTokenSubject> TokenRepository::findAccess(const std::string& digest)
{
    std::optional<AccessTokenSubject> found;
    std::string key = digest;
    m_database.read([&](Poco::Data::Session& s) {
        AccessTokenSubject r;
        Poco::Nullable<Poco::Int64> revokedAt;
        Poco::Nullable<std::string> adminName, clientName;
        Poco::Nullable<bool> adminEnabled, clientEnabled, mustChange, otpExempt;
        Poco::Nullable<std::string> totpSecret;
        Poco::Data::Statement select(s);
        select << "SELECT t.kind, t.subject_type, t.subject_id, t.scope, t.family, t.expires_at, t.created_at, "
                  "t.revoked_at, a.username, a.enabled, a.must_change_password, a.totp_secret, a.otp_exempt, "
                  "c.name, c.enabled FROM tokens t "
                  "LEFT JOIN admins a ON t.subject_type = 'admin' AND a.id = t.subject_id "
                  "LEFT JOIN api_clients c ON t.subject_type = 'api_client' AND c.id = t.subject_id "
                  "WHERE t.token_hash = $1 AND t.kind = 'access'",
            use(key), into(r.token.kind), into(r.token.subjectType), into(r.token.subjectId), into(r.token.scope),
            into(r.token.family), into(r.token.expiresAt), into(r.token.createdAt), into(revokedAt), into(adminName),
            into(adminEnabled), into(mustChange), into(totpSecret), into(otpExempt), into(clientName),
            into(clientEnabled), limit(1);
        if (select.execute() == 0) {
            return;
        }
        r.token.digest = digest;
        r.revoked = !revokedAt.isNull();
        if (r.token.subjectType == "admin" && !adminName.isNull()) {
            r.name = adminName.value();
            r.enabled = !adminEnabled.isNull() && adminEnabled.value();
            r.mustChangePassword = !mustChange.isNull() && mustChange.value();
            r.totpEnrolled = !totpSecret.isNull() && !totpSecret.value().empty();
            r.otpExempt = !otpExempt.isNull() && otpExempt.value();
        } else if (r.token.subjectType == "api_client" && !clientName.isNull()) {
            r.name = clientName.value();
            r.enabled = !clientEnabled.isNull() && clientEnabled.value();
        }
        found = r;
    });
    return found;
}

std::optional<TokenRow> TokenRepository::consumeRefresh(const std::string& digest, std::int64_t nowSeconds)
{
    std::optional<TokenRow> consumed;
    std::string key = digest;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        TokenRow r;
        Poco::Data::Statement update(s);
        update << "UPDATE tokens SET revoked_at = $1 WHERE token_hash = $2 AND kind = 'refresh' AND revoked_at IS NULL "
                  "AND expires_at > $3 RETURNING subject_type, subject_id, scope, family, expires_at",
            use(at), use(key), use(at), into(r.subjectType), into(r.subjectId), into(r.scope), into(r.family),
            into(r.expiresAt);
        if (update.execute() > 0 && !r.family.empty()) {
            r.digest = digest;
            r.kind = "refresh";
            consumed = r;
        }
    });
    return consumed;
}

std::optional<std::string> TokenRepository::familyOf(const std::string& digest)
{
    std::optional<std::string> family;
    std::string key = digest;
    m_database.read([&](Poco::Data::Session& s) {
        std::string f;
        Poco::Data::Statement select(s);
        select << "SELECT family FROM tokens WHERE token_hash = $1", use(key), into(f), limit(1);
        if (select.execute() > 0) {
            family = f;
        }
    });
    return family;
}

void TokenRepository::revoke(const std::string& digest, std::int64_t nowSeconds)
{
    std::string key = digest;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE tokens SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL", use(at), use(key), now;
    });
}

void TokenRepository::revokeFamily(const std::string& family, std::int64_t nowSeconds)
{
    std::string key = family;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE tokens SET revoked_at = $1 WHERE family = $2 AND revoked_at IS NULL", use(at), use(key), now;
    });
}

void TokenRepository::revokeSubject(const std::string& subjectType, std::int64_t subjectId, std::int64_t nowSeconds)
{
    std::string type = subjectType;
    Poco::Int64 id = subjectId;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE tokens SET revoked_at = $1 WHERE subject_type = $2 AND subject_id = $3 AND revoked_at IS NULL",
            use(at), use(type), use(id), now;
    });
}

void TokenRepository::revokeSubjectExcept(const std::string& subjectType, std::int64_t subjectId,
                                          const std::string& keepFamily, std::int64_t nowSeconds)
{
    std::string type = subjectType;
    std::string keep = keepFamily;
    Poco::Int64 id = subjectId;
    Poco::Int64 at = nowSeconds;
    m_database.write([&](Poco::Data::Session& s) {
        s << "UPDATE tokens SET revoked_at = $1 WHERE subject_type = $2 AND subject_id = $3 AND family <> $4 "
             "AND revoked_at IS NULL",
            use(at), use(type), use(id), use(keep), now;
    });
}

std::int64_t TokenRepository::purgeExpired(std::int64_t before)
{
    Poco::Int64 cutoff = before;
    std::size_t removed = 0;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM tokens WHERE expires_at < $1", use(cutoff);
        removed = del.execute();
    });
    return static_cast<std::int64_t>(removed);
}

} // namespace castellan
