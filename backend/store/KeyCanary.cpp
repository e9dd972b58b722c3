#include "store/KeyCanary.h"

#include "crypto/Base64.h"
#include "crypto/SecretBox.h"
#include "store/Database.h"

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>
#include <Poco/Nullable.h>

#include <algorithm>
#include <ctime>
#include <optional>
#include <utility>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

constexpr std::string_view kCanaryText = "castellan key canary v1";
// The associated data binds the sealed value to its row: a sealed secret copied here does not pass for a canary.
constexpr std::string_view kCanaryAad = "key_canary.sealed:1";

struct CanaryRow
{
    std::string keyId;
    std::string sealed;
};

std::optional<CanaryRow> readCanary(Poco::Data::Session& session)
{
    Poco::Nullable<std::string> keyId;
    Poco::Nullable<std::string> sealed;
    session << "SELECT key_id, sealed FROM key_canary WHERE id = 1", into(keyId), into(sealed), now;
    if (sealed.isNull()) {
        return std::nullopt;
    }
    return CanaryRow{keyId.isNull() ? std::string() : keyId.value(), sealed.value()};
}

/// The key id recorded in a sealed secret already in the database (SecretBox format: version | key id | ...): a TOTP
/// seed, an administrator's TOTP secret or a RADIUS shared secret, when there is one.
std::optional<std::string> sealedSecretKeyId(Poco::Data::Session& session)
{
    static constexpr std::pair<const char*, const char*> kSealedColumns[] = {
        {"factors", "secret"}, {"admins", "totp_secret"}, {"radius_clients", "secret"}};
    for (const auto& [table, column] : kSealedColumns) {
        Poco::Nullable<std::string> secret;
        session << std::string("SELECT ") + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND " +
                       column + " <> '' ORDER BY 1 LIMIT 1",
            into(secret), now;
        if (secret.isNull()) {
            continue;
        }
        const auto bytes = Base64::decode(secret.value());
        if (!bytes || bytes->size() < SecretBox::kOverhead || (*bytes)[0] != SecretBox::kVersion) {
            continue;
        }
        MasterKey::KeyId id{};
        std::copy_n(bytes->begin() + 1, id.size(), id.begin());
        return MasterKey::formatKeyId(id);
    }
    return std::nullopt;
}

Error wrongKey(const std::string& keyFile, const SecretBox& box, const std::string& databaseKeyId)
{
    return Error::of(ErrorCode::Configuration,
                     "the master key in " + keyFile + " (key id " + MasterKey::formatKeyId(box.keyId()) +
                         ") does not open this database, whose secrets are sealed under key id " +
                         (databaseKeyId.empty() ? std::string("(unknown)") : databaseKeyId) +
                         ". The server did not start and changed nothing. Put back the master.key that belongs to "
                         "this database (from the backup made with `castellan-server backup`, or from the old state "
                         "directory), or point db.url at the database this key belongs to.");
}

} // namespace

bool KeyCanary::opens(const SecretBox& box, const std::string& sealed)
{
    auto opened = box.openFromBase64(sealed, kCanaryAad);
    return opened && *opened == kCanaryText;
}

Result<KeyCanary::Outcome> KeyCanary::verifyOrCreate(Database& database, const SecretBox& box,
                                                     const std::string& keyFile)
{
    const std::string ourKeyId = MasterKey::formatKeyId(box.keyId());
    try {
        std::optional<CanaryRow> canary;
        std::optional<std::string> seedKeyId;
        database.read([&](Poco::Data::Session& s) {
            canary = readCanary(s);
            if (!canary) {
                seedKeyId = sealedSecretKeyId(s);
            }
        });
        Outcome outcome = Outcome::Verified;
        if (!canary) {
            // A database from before the canary: its sealed secrets tell which key it belongs to.
            if (seedKeyId && *seedKeyId != ourKeyId) {
                return wrongKey(keyFile, box, *seedKeyId);
            }
            std::string sealed = box.sealToBase64(kCanaryText, kCanaryAad);
            std::string keyId = ourKeyId;
            Poco::Int64 createdAt = std::time(nullptr);
            // Two nodes may start together on a new database: the first canary wins and both check it below.
            database.write([&](Poco::Data::Session& s) {
                s << "INSERT INTO key_canary (id, key_id, sealed, created_at) VALUES (1, $1, $2, $3) "
                     "ON CONFLICT (id) DO NOTHING",
                    use(keyId), use(sealed), use(createdAt), now;
            });
            database.read([&](Poco::Data::Session& s) { canary = readCanary(s); });
            outcome = canary && canary->sealed == sealed ? Outcome::Created : Outcome::Verified;
        }
        if (!canary) {
            return Error::of(ErrorCode::Unavailable, "the key canary could not be written to the database");
        }
        if (!opens(box, canary->sealed)) {
            return wrongKey(keyFile, box, canary->keyId);
        }
        return outcome;
    } catch (const Poco::Exception& e) {
        return Error::of(ErrorCode::Unavailable,
                         "cannot check the master key against the database: " + e.displayText());
    }
}

} // namespace castellan
