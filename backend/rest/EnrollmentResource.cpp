#include "rest/EnrollmentResource.h"

#include "core/Rfc3339.h"
#include "device/SoftOtpEnrollment.h"
#include "rest/JsonBody.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/UserRepository.h"
#include "validation/FreeText.h"

#include <algorithm>

namespace castellan {
namespace {

constexpr const char* kDefaultLabel = "Authenticator app";

/// A Host header fit to build a URL from: a name or address with an optional port, nothing else.
bool isPlainHost(const std::string& host)
{
    return !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
               c == ':' || c == '[' || c == ']';
    });
}

} // namespace

EnrollmentResource::EnrollmentResource(UserRepository& users, SoftOtpEnrollment& enrollment, std::string publicUrl,
                                       const Clock& clock)
    : m_users(users), m_enrollment(enrollment), m_publicUrl(std::move(publicUrl)), m_clock(clock)
{}

void EnrollmentResource::addRoutes(Router& router)
{
    router.add({"POST", "/api/v1/users/{id}/enrollments", {Scope::Admin, Scope::User}, [this](const RestRequest& r) {
                    return create(r);
                }});
}

std::string EnrollmentResource::publicUrlFor(const RestRequest& request) const
{
    if (!m_publicUrl.empty()) {
        return m_publicUrl;
    }
    // Without http.public_url the app calls back where the administrator's request came in (a loopback server
    // advertises its real port this way); the Host header is checked to be a bare host[:port].
    const std::string host = request.header("host");
    return "https://" + (isPlainHost(host) ? host : std::string("localhost"));
}

RestResponse EnrollmentResource::create(const RestRequest& request)
{
    auto id = pathId(request);
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto lifetime =
        body->integer("expires_in_seconds", false, SoftOtpEnrollment::kMinLifetime, SoftOtpEnrollment::kMaxLifetime);
    std::string label = kDefaultLabel;
    if (auto given = body->text("label")) {
        auto normal = FreeText::normalise(*given, 100, "label");
        if (!normal) {
            body->errors().insert(body->errors().end(), normal.error().fields.begin(), normal.error().fields.end());
        } else if (!normal->empty()) {
            label = *normal;
        }
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const EnrollmentTicket ticket =
        m_enrollment.start(user->id, user->username, label, lifetime.value_or(SoftOtpEnrollment::kDefaultLifetime),
                           publicUrlFor(request), {request.principal->actor(), request.sourceIp});
    Poco::JSON::Object o;
    o.set("device_id", ticket.deviceId);
    o.set("factor_id", ticket.factorId);
    o.set("enrollment_token", ticket.token);
    o.set("otpauth_uri", ticket.otpauthUri);
    o.set("qr_svg", ticket.qrSvg);
    o.set("secret", ticket.secretBase32);
    o.set("account_name", ticket.accountName);
    o.set("issuer", ticket.issuer);
    o.set("expires_at", Rfc3339::format(ticket.expiresAt));
    return jsonResponse(o, 201);
}

} // namespace castellan
