#include "rest/SoftOtpResource.h"

#include "core/Rfc3339.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/DeviceRepository.h"

namespace castellan {
namespace {

Poco::Dynamic::Var optionalTime(const std::optional<std::int64_t>& at)
{
    return at ? Poco::Dynamic::Var(Rfc3339::format(*at)) : Poco::Dynamic::Var();
}

Poco::JSON::Object deviceJson(const DeviceRecord& d, std::int64_t now)
{
    Poco::JSON::Object o;
    o.set("id", d.id);
    o.set("user_id", d.userId);
    o.set("username", d.username);
    o.set("label", d.label);
    o.set("platform", d.platform);
    o.set("verified", d.verified);
    const auto reason = d.unverifiedReason(now);
    o.set("reason", reason ? Poco::Dynamic::Var(*reason) : Poco::Dynamic::Var());
    o.set("pin_required", d.config.pinRequired);
    o.set("biometric_required", d.config.biometricRequired);
    o.set("config_version", d.config.version);
    o.set("config_delivered", d.configDelivered());
    o.set("last_sync_at", optionalTime(d.lastSyncAt));
    o.set("scanned_at", optionalTime(d.scannedAt));
    o.set("created_at", Rfc3339::format(d.createdAt));
    return o;
}

std::string describe(bool pin, bool biometric)
{
    return std::string("pin_required=") + (pin ? "true" : "false") +
           ", biometric_required=" + (biometric ? "true" : "false");
}

RestResponse notFound()
{
    return Problem::fromError(Error::of(ErrorCode::NotFound, "No SoftOTP device with this id"));
}

} // namespace

SoftOtpResource::SoftOtpResource(DeviceRepository& devices, AuditLog& audit, const Clock& clock)
    : m_devices(devices), m_audit(audit), m_clock(clock)
{}

void SoftOtpResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/softotp", {Scope::Admin}, handlerFor(this, &SoftOtpResource::list)});
    router.add({"PUT", "/api/v1/softotp/config", {Scope::Admin}, handlerFor(this, &SoftOtpResource::configureMany)});
    router.add({"PUT", "/api/v1/softotp/{id}/config", {Scope::Admin}, handlerFor(this, &SoftOtpResource::configure)});
    router.add({"DELETE", "/api/v1/softotp/{id}", {Scope::Admin}, handlerFor(this, &SoftOtpResource::remove)});
}

RestResponse SoftOtpResource::list(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request, DeviceRepository::sortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    std::int64_t total = 0;
    const std::int64_t now = m_clock.nowSeconds();
    Poco::JSON::Array items;
    for (const DeviceRecord& d : m_devices.list({paging->query, paging->offset, paging->limit, paging->sort}, total)) {
        items.add(deviceJson(d, now));
    }
    return listResponse(items, total);
}

RestResponse SoftOtpResource::configure(const RestRequest& request)
{
    auto id = pathId(request);
    auto device = id ? m_devices.findById(*id) : std::nullopt;
    if (!device) {
        return notFound();
    }
    auto expected = ifMatchVersion(request);
    if (!expected) {
        return Problem::fromError(Error::invalid({{"If-Match", "must be an ETag, e.g. \"v3\" (the config_version)"}}));
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto pin = body->boolean("pin_required", true);
    auto biometric = body->boolean("biometric_required", true);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto version = m_devices.configure(*id, *pin, *biometric, *expected, [&](Poco::Data::Session& s) {
        m_audit.record(s, {.channel = "rest",
                           .event = "softotp.config.update",
                           .actor = request.principal->actor(),
                           .username = device->username,
                           .result = "success",
                           .reason = "device " + std::to_string(*id) + ": " + describe(*pin, *biometric),
                           .sourceIp = request.sourceIp});
    });
    if (!version) {
        return m_devices.findById(*id) ? preconditionFailed() : notFound();
    }
    device = m_devices.findById(*id);
    if (!device) {
        return notFound();
    }
    RestResponse response = jsonResponse(deviceJson(*device, m_clock.nowSeconds()));
    response.headers.emplace_back("ETag", entityTag(device->config.version));
    return response;
}

RestResponse SoftOtpResource::configureMany(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    auto ids = body->integers("ids", true);
    auto pin = body->boolean("pin_required", true);
    auto biometric = body->boolean("biometric_required", true);
    if (ids && (ids->empty() || ids->size() > kMaxBulkIds)) {
        body->addError("ids", "must name 1 to " + std::to_string(kMaxBulkIds) + " devices");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const int updated = m_devices.configureMany(*ids, *pin, *biometric, [&](Poco::Data::Session& s, int count) {
        m_audit.record(s, {.channel = "rest",
                           .event = "softotp.config.bulk",
                           .actor = request.principal->actor(),
                           .result = "success",
                           .reason = std::to_string(count) + " devices: " + describe(*pin, *biometric),
                           .sourceIp = request.sourceIp});
    });
    Poco::JSON::Object o;
    o.set("updated", updated);
    return jsonResponse(o);
}

RestResponse SoftOtpResource::remove(const RestRequest& request)
{
    auto id = pathId(request);
    if (!id) {
        return notFound();
    }
    m_devices.remove(*id, [&](Poco::Data::Session& s, const DeviceRecord& d) {
        m_audit.record(s, {.channel = "rest",
                           .event = "softotp.device.delete",
                           .actor = request.principal->actor(),
                           .username = d.username,
                           .result = "success",
                           .reason = "device " + std::to_string(d.id) + " (" + d.label + ") and its TOTP factor",
                           .sourceIp = request.sourceIp});
    });
    return noContent(); // idempotent: removing what is gone succeeds
}

} // namespace castellan
