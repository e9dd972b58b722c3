#pragma once

#include <Poco/Data/Session.h>

#include <cstdint>
#include <optional>
#include <string>

namespace castellan {

class Database;

/// An administrator of the console and the REST API.
struct AdminRecord
{
    std::int64_t id = 0;
    std::string username;
    std::string passwordHash;
    bool mustChangePassword = true;
    bool otpExempt = false;
    bool enabled = true;
    std::int64_t createdAt = 0;
};

/// Persistence of `admins`.
class AdminRepository
{
public:
    explicit AdminRepository(Database& database);

    std::int64_t count();
    std::optional<AdminRecord> findByUsername(const std::string& username);
    /// Inserts within the caller's transaction; returns the new id.
    std::int64_t create(Poco::Data::Session& session, const AdminRecord& admin);

private:
    Database& m_database;
};

} // namespace castellan
