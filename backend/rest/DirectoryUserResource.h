#pragma once

#include "core/Clock.h"
#include "rest/RestMessage.h"

namespace castellan {

class AuditLog;
class DirectoryRepository;
class DirectoryUsers;
class Router;

/// A directory's users before they sign in (issue 17): admins search a directory by name
/// (`GET /directories/{id}/entries?search=`) and add a user's local record (`POST /directories/{id}/users`), so that
/// factors can be enrolled before the first sign-in.
class DirectoryUserResource
{
public:
    static constexpr int kMaxEntries = 50;

    DirectoryUserResource(DirectoryRepository& directories, DirectoryUsers& users, AuditLog& audit,
                          const Clock& clock = SystemClock::instance());
    void addRoutes(Router& router);

    RestResponse entries(const RestRequest& request);
    RestResponse add(const RestRequest& request);

private:
    DirectoryRepository& m_directories;
    DirectoryUsers& m_users;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace castellan
