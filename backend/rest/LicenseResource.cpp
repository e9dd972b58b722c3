#include "rest/LicenseResource.h"

#include "core/Rfc3339.h"
#include "csv/CsvWriter.h"
#include "license/LicenseAlarms.h"
#include "license/LicenseService.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "validation/EmailAddress.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/String.h>

#include <sstream>

namespace castellan {
namespace {

constexpr int kMaxRecipients = 20;
constexpr int kAnalyticsMonths = 120;

Poco::JSON::Object licenseJson(const LicenseState& state, const std::string& zone)
{
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("company", state.terms.company);
    o.set("user_limit", state.terms.userLimit);
    o.set("active_users", state.activeUsers);
    o.set("license_type", state.terms.type);
    o.set("support_end_date", state.terms.supportEndDate);
    o.set("days_left", state.daysLeft);
    o.set("support_ended", state.supportEnded);
    o.set("push_subscription", state.terms.pushSubscription);
    o.set("app_key", state.terms.appKey);
    o.set("license_id", state.terms.licenseId);
    o.set("from_key", state.fromKey);
    o.set("problem", state.problem.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(state.problem));
    o.set("month", state.month);
    o.set("timezone", zone);
    return o;
}

/// `YYYY-MM` with a real month, or nothing.
bool isMonth(const std::string& text)
{
    return text.size() == 7 && text[4] == '-' && Rfc3339::parseDate(text + "-01");
}

std::optional<std::vector<int>> thresholds(JsonBody& body, const std::string& field, int min, int max)
{
    auto array = body.object()->getArray(field);
    if (!array) {
        return std::nullopt;
    }
    std::vector<int> values;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto v = JsonBody::wholeNumber(array->get(static_cast<unsigned>(i)), min, max);
        if (!v) {
            body.addError(field, "must be whole numbers from " + std::to_string(min) + " to " + std::to_string(max));
            return std::nullopt;
        }
        values.push_back(static_cast<int>(v.value()));
    }
    if (values.size() > 10) {
        body.addError(field, "must have at most 10 thresholds");
    }
    return values;
}

} // namespace

LicenseResource::LicenseResource(LicenseService& license, LicenseAlarms& alarms, AuditLog& audit)
    : m_license(license), m_alarms(alarms), m_audit(audit)
{}

void LicenseResource::addRoutes(Router& router)
{
    const std::set<Scope> admin{Scope::Admin};
    router.add({"GET", "/api/v1/license", admin, handlerFor(this, &LicenseResource::show)});
    router.add({"PUT", "/api/v1/license", admin, handlerFor(this, &LicenseResource::install)});
    router.add({"GET", "/api/v1/license/usage", admin, handlerFor(this, &LicenseResource::usage)});
    router.add({"GET", "/api/v1/license/analytics", admin, handlerFor(this, &LicenseResource::analytics)});
    router.add({"GET", "/api/v1/license/app-key-file", admin, handlerFor(this, &LicenseResource::appKeyFile)});
    router.add({"GET", "/api/v1/license/alarms", admin, handlerFor(this, &LicenseResource::alarms)});
    router.add({"PUT", "/api/v1/license/alarms", admin, handlerFor(this, &LicenseResource::updateAlarms)});
}

RestResponse LicenseResource::show(const RestRequest&)
{
    return jsonResponse(licenseJson(m_license.current(), m_license.zone().name()));
}

RestResponse LicenseResource::install(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const auto key = body->text("license_key", true);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto state = m_license.install(*key, request.principal->actor(), request.sourceIp);
    if (!state) {
        return Problem::fromError(state.error());
    }
    m_alarms.requestCheck();
    return jsonResponse(licenseJson(*state, m_license.zone().name()));
}

RestResponse LicenseResource::usage(const RestRequest& request)
{
    auto paging = Paging::fromRequest(request, LicenseRepository::usageSortColumns());
    if (!paging) {
        return Problem::fromError(paging.error());
    }
    const std::string month = request.queryValue("month", m_license.zone().month(m_license.clock().nowSeconds()));
    if (!isMonth(month)) {
        return Problem::fromError(Error::invalid({{"month", "must be a month as YYYY-MM"}}));
    }
    std::int64_t total = 0;
    std::vector<UsageRow> rows;
    // `user`: whether one user (username, case-insensitive) was counted this month, for the user's page.
    const std::string user = request.queryValue("user");
    if (user.empty()) {
        rows = m_license.repository().usage(month, paging->sort, paging->offset, paging->limit, total);
    } else if (auto row = m_license.repository().usageOf(month, Poco::toLower(user))) {
        rows.push_back(*row);
        total = 1;
    }
    Poco::JSON::Array items;
    for (const UsageRow& row : rows) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("username", row.username);
        o.set("first_seen", Rfc3339::format(row.firstSeen));
        o.set("last_login", Rfc3339::format(row.lastLogin));
        items.add(o);
    }
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("month", month);
    o.set("items", items);
    o.set("total", total);
    return jsonResponse(o);
}

RestResponse LicenseResource::analytics(const RestRequest&)
{
    Poco::JSON::Array items;
    for (const auto& [month, users] : m_license.repository().months(kAnalyticsMonths)) {
        Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
        o.set("month", month);
        o.set("unique_users", users);
        items.add(o);
    }
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("user_limit", m_license.current().terms.userLimit);
    o.set("items", items);
    return jsonResponse(o);
}

RestResponse LicenseResource::appKeyFile(const RestRequest& request)
{
    const std::string format = request.queryValue("format", "json");
    if (format != "json" && format != "csv") {
        return Problem::fromError(Error::invalid({{"format", "must be json or csv"}}));
    }
    const LicenseState state = m_license.current();
    std::int64_t total = 0;
    const std::vector<UsageRow> users = m_license.repository().usage(state.month, {}, 0, 1'000'000, total);
    RestResponse response;
    if (format == "csv") {
        CsvWriter csv;
        csv.writeRecord(
            {"app_key", "company", "license_type", "user_limit", "support_end_date", "month", "active_users"});
        csv.writeRecord({state.terms.appKey, state.terms.company, state.terms.type,
                         std::to_string(state.terms.userLimit), state.terms.supportEndDate, state.month,
                         std::to_string(state.activeUsers)});
        csv.writeRecord({""});
        csv.writeRecord({"username", "first_seen", "last_login"});
        for (const UsageRow& u : users) {
            csv.writeRecord({u.username, Rfc3339::format(u.firstSeen), Rfc3339::format(u.lastLogin)});
        }
        response.contentType = "text/csv; charset=utf-8";
        response.body = csv.text();
    } else {
        Poco::JSON::Object o = licenseJson(state, m_license.zone().name());
        Poco::JSON::Array list;
        for (const UsageRow& u : users) {
            Poco::JSON::Object row(Poco::JSON_PRESERVE_KEY_ORDER);
            row.set("username", u.username);
            row.set("first_seen", Rfc3339::format(u.firstSeen));
            row.set("last_login", Rfc3339::format(u.lastLogin));
            list.add(row);
        }
        o.set("users", list);
        std::ostringstream text;
        o.stringify(text, 2);
        response.body = text.str();
    }
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"castellan-app-key-" +
                                                             state.terms.appKey + "." + format + "\"");
    m_audit.record({.channel = "rest",
                    .event = "license.app_key_file",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = format + ", " + std::to_string(users.size()) + " users",
                    .sourceIp = request.sourceIp});
    return response;
}

RestResponse LicenseResource::alarms(const RestRequest&)
{
    const LicenseAlarmSettings settings = m_license.repository().alarmSettings();
    Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    Poco::JSON::Array recipients;
    for (const std::string& r : settings.recipients) {
        recipients.add(r);
    }
    Poco::JSON::Array days;
    for (int d : settings.supportDays) {
        days.add(d);
    }
    Poco::JSON::Array percents;
    for (int p : settings.usagePercents) {
        percents.add(p);
    }
    Poco::JSON::Array sent;
    for (const SentAlarm& a : m_license.repository().sentAlarms(100)) {
        Poco::JSON::Object s(Poco::JSON_PRESERVE_KEY_ORDER);
        s.set("kind", a.kind);
        s.set("period", a.period);
        s.set("threshold", a.threshold);
        s.set("sent_at", Rfc3339::format(a.sentAt));
        sent.add(s);
    }
    o.set("recipients", recipients);
    o.set("support_days", days);
    o.set("usage_percents", percents);
    o.set("sent", sent);
    return jsonResponse(o);
}

RestResponse LicenseResource::updateAlarms(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    LicenseAlarmSettings settings = m_license.repository().alarmSettings();
    if (auto list = body->object()->getArray("recipients")) {
        settings.recipients.clear();
        for (std::size_t i = 0; i < list->size(); ++i) {
            auto address = EmailAddress::normalise(jsonText(list->get(static_cast<unsigned>(i))));
            if (!address || address.value().empty()) {
                body->addError("recipients", "must be e-mail addresses");
                break;
            }
            settings.recipients.push_back(address.value());
        }
        if (settings.recipients.size() > kMaxRecipients) {
            body->addError("recipients", "must have at most 20 addresses");
        }
    } else if (body->has("recipients")) {
        body->addError("recipients", "must be an array of e-mail addresses");
    }
    if (auto days = thresholds(*body, "support_days", 1, 365)) {
        settings.supportDays = *days;
    }
    if (auto percents = thresholds(*body, "usage_percents", 1, 100)) {
        settings.usagePercents = *percents;
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    m_license.repository().storeAlarmSettings(settings);
    m_audit.record({.channel = "rest",
                    .event = "license.alarms.update",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = std::to_string(settings.recipients.size()) + " recipients",
                    .sourceIp = request.sourceIp});
    m_alarms.requestCheck();
    return alarms(request);
}

} // namespace castellan
