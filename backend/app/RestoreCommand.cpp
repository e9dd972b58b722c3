#include "app/RestoreCommand.h"

#include "app/BackupFile.h"
#include "app/PassphraseInput.h"
#include "app/StateDirectory.h"
#include "crypto/MasterKey.h"
#include "crypto/PassphraseBox.h"
#include "store/BackupPayload.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/TableCopy.h"

#include <Poco/Exception.h>

#include <istream>
#include <ostream>
#include <unistd.h>

namespace castellan {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kRefused = 2;

Error refused(const std::string& message)
{
    return Error::of(ErrorCode::Conflict, message);
}

/// The decrypted, decoded backup in `file`.
Result<BackupPayload> openBackup(const std::string& file, const std::optional<std::string>& passphraseFile,
                                 std::istream& in, std::ostream& err)
{
    auto bytes = BackupFile::read(file);
    if (!bytes) {
        return bytes.error();
    }
    auto passphrase = PassphraseInput::read(passphraseFile, PassphraseInput::Purpose::Restore, in, err);
    if (!passphrase) {
        return passphrase.error();
    }
    auto plain = PassphraseBox::open(*bytes, *passphrase);
    if (!plain) {
        return refused("the backup " + file + " " + plain.error().message + "; nothing was changed");
    }
    auto payload = BackupPayload::decode(*plain);
    if (!payload) {
        return refused(payload.error().message + "; nothing was changed");
    }
    if (payload->masterKey.size() != MasterKey::kKeySize) {
        return refused("the backup holds no valid master key; nothing was changed");
    }
    return payload;
}

/// Checks that the state directory has no master key, or the backup's.
Result<bool> keyFileNeeded(const std::string& keyFile, const MasterKey& key)
{
    if (::access(keyFile.c_str(), F_OK) != 0) {
        return true;
    }
    auto existing = MasterKey::load(keyFile);
    if (!existing) {
        return refused(existing.error().message + ". Restore needs a state directory without a master.key (or with "
                                                  "the backup's); nothing was changed");
    }
    if (existing->keyId() != key.keyId()) {
        return refused(keyFile + " holds another master key (key id " + existing->keyIdHex() + ", the backup's is " +
                       key.keyIdHex() +
                       "). Restore never replaces a key: restore into an empty state directory, or "
                       "move that file away if it belongs to nothing you keep; nothing was changed");
    }
    return false;
}

/// Refuses a database that holds any table: a restore never merges into or overwrites existing data.
Result<void> checkEmpty(Database& db, int backupVersion)
{
    std::vector<std::string> tables;
    db.read([&](Poco::Data::Session& s) { tables = TableCopy::allTables(s, db.dialect()); });
    if (!tables.empty()) {
        return refused("the database " + db.url().display + " is not empty (it has " + std::to_string(tables.size()) +
                       " tables, e.g. " + tables.front() +
                       "). Restore only fills an empty database: create a new one (or drop and recreate this one) "
                       "and run restore again; nothing was changed");
    }
    const int known = Migrator(db).knownVersion();
    if (backupVersion > known) {
        return refused("the backup has schema version " + std::to_string(backupVersion) +
                       ", newer than this castellan-server knows (" + std::to_string(known) +
                       "); restore it with the castellan-server version that made it, or a newer one");
    }
    return {};
}

int failed(const std::string& reason, std::ostream& err)
{
    err << "castellan-server: the restore failed and was rolled back, the database is as empty as before: " << reason
        << "\n";
    return kFailed;
}

int report(const Error& error, std::ostream& err)
{
    err << "castellan-server: " << error.message << "\n";
    return error.code == ErrorCode::Conflict || error.code == ErrorCode::InvalidInput ? kRefused : kFailed;
}

} // namespace

int RestoreCommand::run(const std::string& file, const std::optional<std::string>& passphraseFile,
                        const ServerConfig& config, std::istream& in, std::ostream& out, std::ostream& err)
{
    auto payload = openBackup(file, passphraseFile, in, err);
    if (!payload) {
        return report(payload.error(), err);
    }
    const MasterKey key = MasterKey::fromBytes(
        std::span<const std::uint8_t, MasterKey::kKeySize>(payload->masterKey.data(), MasterKey::kKeySize));
    const std::string keyFile = config.stateDir + "/master.key";
    auto needKey = keyFileNeeded(keyFile, key);
    if (!needKey) {
        return report(needKey.error(), err);
    }
    // The state directory first: a SQLite database lives in it.
    if (auto dir = StateDirectory::prepare(config.stateDir); !dir) {
        return report(dir.error(), err);
    }
    auto db = Database::open(config.database, {.poolMax = 2});
    if (!db) {
        return report(Error::of(ErrorCode::Unavailable, db.error().message), err);
    }
    Database& database = *db.value();
    int version = 0;
    try {
        if (auto empty = checkEmpty(database, payload->schemaVersion); !empty) {
            return report(empty.error(), err);
        }
        if (*needKey) {
            if (auto written = MasterKey::create(keyFile, key); !written) {
                return report(Error::of(ErrorCode::Configuration, written.error().message), err);
            }
        }
        // One transaction: the backup's schema, its rows, then the migrations since; whole or not at all.
        database.write([&](Poco::Data::Session& s) {
            Migrator::applyWithin(s, database.dialect(),
                                  Migrator::migrationsUpTo(database.dialect(), payload->schemaVersion));
            TableCopy::load(s, database.dialect(), payload->tables);
            version = Migrator::applyWithin(s, database.dialect(), migrationsFor(database.dialect()));
        });
    } catch (const Poco::Exception& e) {
        return failed(e.displayText(), err);
    } catch (const std::exception& e) {
        return failed(e.what(), err);
    }
    out << "restored " << payload->rowCount() << " rows in " << payload->tables.size() << " tables into "
        << config.database.display << " (backup of " << payload->sourceDialect << ", schema version "
        << payload->schemaVersion << ", now " << version << "); master key " << key.keyIdHex()
        << (*needKey ? " written to " : " already in ") << keyFile << ". Start castellan-server with this "
        << "configuration.\n";
    return kOk;
}

} // namespace castellan
