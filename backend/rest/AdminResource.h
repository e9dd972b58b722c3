#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AdminRepository;
class AuditLog;
class Database;
class PasswordHasher;
class Router;

/// `/admins`: the administrators of the console and the REST API. A new or reset administrator gets a one-time
/// password (shown once) that must be changed at the first sign-in, where TOTP enrollment is also due. The
/// server is never left without an enabled administrator, and an administrator cannot disable, reset or remove
/// themselves here (another must; the command line stays for recovery).
class AdminResource
{
public:
    AdminResource(Database& database, AdminRepository& admins, AuditLog& audit, const PasswordHasher& hasher,
                  const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse list(const RestRequest& request);
    RestResponse create(const RestRequest& request);
    RestResponse get(const RestRequest& request);
    RestResponse update(const RestRequest& request);
    RestResponse reset(const RestRequest& request);
    RestResponse remove(const RestRequest& request);

private:
    void record(const RestRequest& request, const std::string& event, const std::string& username,
                const std::string& reason = {});

    Database& m_database;
    AdminRepository& m_admins;
    AuditLog& m_audit;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

} // namespace castellan
