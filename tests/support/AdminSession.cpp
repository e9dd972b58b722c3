#include "AdminSession.h"

#include "otp/Base32.h"
#include "otp/Totp.h"

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QRegularExpression>

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace castellan::test {
namespace {

std::string oneTimePassword(ServerProcess& server)
{
    static const QRegularExpression kPassword("one-time password:\\s+(\\S+)");
    auto match = kPassword.match(server.stdoutText());
    if (!match.hasMatch()) {
        throw std::runtime_error("no bootstrap password in the server output");
    }
    return match.captured(1).toStdString();
}

void expect(const HttpReply& reply, int status, const char* what)
{
    if (reply.status != status) {
        throw std::runtime_error(std::string(what) + ": HTTP " + std::to_string(reply.status) + " " + reply.body);
    }
}

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::string totpNow(const std::string& base32Secret, std::int64_t offsetSteps)
{
    auto secret = Base32::decode(base32Secret);
    return totp(secret.value(), unixNow() + offsetSteps * 30, 6, OtpAlgorithm::Sha1);
}

std::string json(std::initializer_list<std::pair<std::string, std::string>> fields)
{
    Poco::JSON::Object o;
    for (const auto& [key, value] : fields) {
        if (!value.empty() && value[0] == '=') {
            const std::string raw = value.substr(1);
            if (raw == "null") {
                o.set(key, Poco::Dynamic::Var());
            } else if (!raw.empty() && (raw[0] == '{' || raw[0] == '[')) {
                o.set(key, Poco::JSON::Parser().parse(raw));
            } else {
                o.set(key, std::stoll(raw));
            }
        } else if (value == "true" || value == "false") {
            o.set(key, value == "true");
        } else {
            o.set(key, value);
        }
    }
    std::ostringstream out;
    o.stringify(out);
    return out.str();
}

AdminSession::AdminSession(ServerProcess& server) : m_client("127.0.0.1", server.httpsPort())
{
    const std::string first = oneTimePassword(server);
    HttpReply login = m_client.send("POST", "/api/v1/auth/login", json({{"username", "admin"}, {"password", first}}));
    expect(login, 200, "bootstrap login");
    m_token = login.json()->getValue<std::string>("access_token");
    expect(
        send(
            "POST", "/api/v1/auth/password",
            json({{"current_password", first}, {"new_password", kPassword}, {"new_password_confirmation", kPassword}})),
        204, "password change");
    HttpReply enrollment = send("POST", "/api/v1/auth/totp", "");
    expect(enrollment, 201, "TOTP enrollment");
    m_totpSecret = enrollment.json()->getValue<std::string>("secret");
    expect(send("POST", "/api/v1/auth/totp/confirm", json({{"otp", totpNow(m_totpSecret)}})), 204, "TOTP confirm");
}

HttpReply AdminSession::get(const std::string& path)
{
    return m_client.get(path, {{"Authorization", "Bearer " + m_token}});
}

HttpReply AdminSession::send(const std::string& method, const std::string& path, const std::string& jsonBody,
                             std::map<std::string, std::string> headers)
{
    headers["Authorization"] = "Bearer " + m_token;
    return m_client.send(method, path, jsonBody, "application/json", headers);
}

std::string AdminSession::createClientToken(const std::string& type, const std::string& name)
{
    HttpReply created = send("POST", "/api/v1/api-clients", json({{"type", type}, {"name", name}}));
    expect(created, 201, "API client create");
    const std::string id = created.json()->getValue<std::string>("client_id");
    const std::string secret = created.json()->getValue<std::string>("client_secret");
    HttpReply token = m_client.send("POST", "/api/v1/oauth/token",
                                    "grant_type=client_credentials&client_id=" + id + "&client_secret=" + secret,
                                    "application/x-www-form-urlencoded");
    expect(token, 200, "client credentials");
    return token.json()->getValue<std::string>("access_token");
}

} // namespace castellan::test
