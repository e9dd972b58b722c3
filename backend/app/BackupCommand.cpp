#include "app/BackupCommand.h"

#include "app/BackupFile.h"
#include "app/PassphraseInput.h"
#include "app/RestoreCommand.h"
#include "crypto/MasterKey.h"
#include "crypto/PassphraseBox.h"
#include "crypto/SecretBox.h"
#include "store/BackupPayload.h"
#include "store/Database.h"
#include "store/KeyCanary.h"
#include "store/Migrator.h"
#include "store/TableCopy.h"

#include <Poco/Exception.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <istream>
#include <ostream>
#include <sys/stat.h>

namespace castellan {
namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kRefused = 2;

int usage(std::ostream& err)
{
    err << "usage: castellan-server [--config FILE] [--set KEY=VALUE] backup --out FILE [--passphrase-file FILE]\n"
           "       castellan-server [--config FILE] [--set KEY=VALUE] restore FILE [--passphrase-file FILE]\n"
           "  The passphrase is read from --passphrase-file, or else from standard input. Keep it apart from the\n"
           "  backup: the backup holds the master key, and the passphrase is all that protects it.\n";
    return kRefused;
}

std::string dialectName(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSql ? "postgresql" : "sqlite";
}

std::string keyFilePath(const ServerConfig& config)
{
    return config.stateDir + "/master.key";
}

/// The rows and schema version of the database as one consistent snapshot.
void readSnapshot(Database& db, const std::string& outFile, BackupPayload& payload)
{
    if (db.dialect() == SqlDialect::PostgreSql) {
        db.read([&](Poco::Data::Session& s) {
            s << "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", Poco::Data::Keywords::now;
            try {
                payload.schemaVersion = Migrator::versionIn(s);
                payload.tables = TableCopy::dump(s, db.dialect());
            } catch (...) {
                s << "ROLLBACK", Poco::Data::Keywords::now;
                throw;
            }
            s << "COMMIT", Poco::Data::Keywords::now;
        });
        return;
    }
    // SQLite: VACUUM INTO writes a transaction-consistent copy while the server goes on writing (WAL), read here
    // at leisure and removed; it sits in a private directory beside the output.
    const BackupFile::PrivateDirectory scratch(outFile);
    const std::string copy = scratch.path() + "/snapshot.db";
    db.read([&](Poco::Data::Session& s) { s << "VACUUM INTO '" + copy + "'", Poco::Data::Keywords::now; });
    Poco::Data::Session snapshot("SQLite", copy);
    payload.schemaVersion = Migrator::versionIn(snapshot);
    payload.tables = TableCopy::dump(snapshot, SqlDialect::Sqlite);
}

/// Refuses a backup whose key does not open the database's canary: it could never be restored to a working server.
Result<void> checkKeyOpensCanary(const BackupPayload& payload, const MasterKey& key, const std::string& keyFile)
{
    for (const TableRows& table : payload.tables) {
        if (table.name != "key_canary" || table.rows.empty()) {
            continue;
        }
        const auto column = std::find(table.columns.begin(), table.columns.end(), "sealed") - table.columns.begin();
        const auto* sealed = column < static_cast<long>(table.columns.size())
                                 ? std::get_if<std::string>(&table.rows.front()[static_cast<std::size_t>(column)])
                                 : nullptr;
        if (!sealed || !KeyCanary::opens(SecretBox(MasterKey::fromBytes(key.bytes())), *sealed)) {
            return Error::of(ErrorCode::Configuration,
                             "the master key in " + keyFile +
                                 " does not open this database's key canary; a backup with it could not be restored. "
                                 "Run the backup with the state directory of a server that serves this database.");
        }
    }
    return {};
}

int backup(const BackupCommand::Options& options, const ServerConfig& config, std::istream& in, std::ostream& out,
           std::ostream& err)
{
    if (!options.outFile || options.outFile->empty()) {
        err << "castellan-server: backup needs --out FILE\n";
        return usage(err);
    }
    auto passphrase = PassphraseInput::read(options.passphraseFile, PassphraseInput::Purpose::NewBackup, in, err);
    if (!passphrase) {
        err << "castellan-server: " << passphrase.error().message << "\n";
        return kRefused;
    }
    auto key = MasterKey::load(keyFilePath(config));
    if (!key) {
        err << "castellan-server: " << key.error().message << "\n";
        return kFailed;
    }
    auto db = Database::open(config.database, {.poolMax = 2});
    if (!db) {
        err << "castellan-server: " << db.error().message << "\n";
        return kFailed;
    }
    BackupPayload payload;
    try {
        readSnapshot(*db.value(), *options.outFile, payload);
    } catch (const Poco::Exception& e) {
        err << "castellan-server: the backup failed while reading the database: " << e.displayText() << "\n";
        return kFailed;
    } catch (const std::exception& e) {
        err << "castellan-server: the backup failed while reading the database: " << e.what() << "\n";
        return kFailed;
    }
    if (auto opens = checkKeyOpensCanary(payload, key.value(), keyFilePath(config)); !opens) {
        err << "castellan-server: " << opens.error().message << "\n";
        return kFailed;
    }
    payload.sourceDialect = dialectName(db.value()->dialect());
    payload.createdAt = std::time(nullptr);
    payload.serverVersion = CASTELLAN_VERSION;
    payload.masterKey.assign(key->bytes().begin(), key->bytes().end());
    const auto sealed = PassphraseBox::seal(payload.encode(), *passphrase);
    if (auto written = BackupFile::writeAtomically(*options.outFile, sealed); !written) {
        err << "castellan-server: " << written.error().message << "\n";
        return kFailed;
    }
    out << "backup written to " << *options.outFile << ": " << payload.rowCount() << " rows in "
        << payload.tables.size() << " tables of " << config.database.display << " (schema version "
        << payload.schemaVersion << ") and master key " << key->keyIdHex()
        << ", encrypted under the passphrase. Keep the passphrase apart from the file.\n";
    return kOk;
}

} // namespace

int BackupCommand::run(const std::vector<std::string>& args, const Options& options, const ServerConfig& config,
                       std::istream& in, std::ostream& out, std::ostream& err)
{
    if (args.front() == "backup" && args.size() == 1) {
        return backup(options, config, in, out, err);
    }
    if (args.front() == "restore" && args.size() == 2 && !options.outFile) {
        return RestoreCommand::run(args[1], options.passphraseFile, config, in, out, err);
    }
    return usage(err);
}

} // namespace castellan
