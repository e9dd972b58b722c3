#include "directory/DirectoryProbe.h"

#include "store/DirectoryRepository.h"

#include <chrono>

namespace castellan {
namespace {

DirectoryProbeReport failed(DirectoryProbeReport report, const std::string& step, const std::string& error)
{
    report.failedStep = step;
    report.error = error;
    return report;
}

} // namespace

DirectoryProbeReport DirectoryProbe::run(const DirectoryRecord& directory, const std::string& bindPassword,
                                         const std::string& username, const std::optional<std::string>& password)
{
    DirectoryProbeReport report;
    const auto started = std::chrono::steady_clock::now();
    auto connection = LdapConnection::open(DirectoryUserLookup::settingsOf(directory, bindPassword), &report.attempts);
    report.elapsedMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    if (!connection) {
        const bool refused = connection.error().code != ErrorCode::Unavailable;
        return failed(std::move(report), refused ? "bind" : "connect", connection.error().message);
    }
    report.url = connection->url();
    report.security = connection->security();
    DirectoryUserLookup lookup(connection.value(), directory);
    if (username.empty()) {
        auto counted = lookup.countUsers(kMaxCounted);
        if (!counted) {
            return failed(std::move(report), "search", counted.error().message);
        }
        report.users = *counted;
        return report;
    }
    auto user = lookup.find(username);
    if (!user) {
        const ErrorCode code = user.error().code;
        const bool aboutTheUser = code == ErrorCode::NotFound || code == ErrorCode::Conflict;
        return failed(std::move(report), aboutTheUser ? "user" : "search", user.error().message);
    }
    report.user = user.value();
    if (!password) {
        return report;
    }
    if (!connection->encrypted()) {
        return failed(std::move(report), "password",
                      "A password is sent to the directory only over TLS: use an ldaps:// URL or start_tls");
    }
    auto accepted = connection->checkPassword(user->dn, *password);
    if (!accepted) {
        return failed(std::move(report), "password", accepted.error().message);
    }
    report.passwordAccepted = *accepted;
    return report;
}

} // namespace castellan
