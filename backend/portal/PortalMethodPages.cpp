#include "portal/PortalMethodPages.h"

#include "core/Rfc3339.h"
#include "rest/Router.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/FactorRepository.h"

#include <Poco/NumberParser.h>

#include <algorithm>

namespace castellan {
namespace {

constexpr std::size_t kMaxName = 100;

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    const auto at = text.find(placeholder);
    return at == std::string::npos ? text : text.replace(at, placeholder.size(), value);
}

} // namespace

PortalMethodPages::PortalMethodPages(PortalSite& site, FactorRepository& factors, AuditLog& audit)
    : m_site(site), m_factors(factors), m_audit(audit)
{}

void PortalMethodPages::addRoutes(Router& router)
{
    const std::set<Scope> open{Scope::Public};
    router.add({"GET", "/portal/methods/rename", open, handlerFor(this, &PortalMethodPages::showRename)});
    router.add({"POST", "/portal/methods/rename", open, handlerFor(this, &PortalMethodPages::rename)});
    router.add({"GET", "/portal/methods/remove", open, handlerFor(this, &PortalMethodPages::confirmRemove)});
    router.add({"POST", "/portal/methods/remove", open, handlerFor(this, &PortalMethodPages::remove)});
}

std::string PortalMethodPages::kindKey(const std::string& type)
{
    static const std::set<std::string> known{"totp", "hotp", "webauthn", "email", "sms", "push"};
    return "methods.kind_" + (known.count(type) ? type : std::string("other"));
}

bool PortalMethodPages::neededByProfile(const std::vector<FactorRecord>& factors, std::int64_t removing,
                                        const std::optional<ApplicationRecord>& profile)
{
    if (!profile || !profile->secondFactorRequired) {
        return false;
    }
    return std::none_of(factors.begin(), factors.end(), [&](const FactorRecord& f) {
        return f.id != removing && f.verified && profile->allowedFactors.count(f.type) > 0;
    });
}

std::string PortalMethodPages::displayName(const PortalVisit& visit, const FactorRecord& factor) const
{
    if (!factor.label.empty()) {
        return factor.label;
    }
    return factor.destination.empty() ? m_site.text(visit, kindKey(factor.type)) : factor.destination;
}

std::string PortalMethodPages::list(const PortalVisit& visit)
{
    std::string rows;
    for (const FactorRecord& f : m_factors.forUser(*visit.session.userId)) {
        if (!f.verified) {
            continue; // an enrollment under way is not a method yet
        }
        const std::string name = displayName(visit, f);
        std::string detail = f.destination == name ? std::string() : f.destination;
        rows += m_site.fragment(visit, "method-row",
                                {{"id", std::to_string(f.id)},
                                 {"kind", m_site.text(visit, kindKey(f.type))},
                                 {"name", name},
                                 {"detail", detail},
                                 {"added", Rfc3339::format(f.createdAt).substr(0, 10)}});
    }
    if (rows.empty()) {
        return m_site.fragment(visit, "methods-none");
    }
    return m_site.fragment(visit, "methods", {{"rows", rows}});
}

std::optional<FactorRecord> PortalMethodPages::ownFactor(const PortalVisit& visit, const std::string& id)
{
    Poco::Int64 factorId = 0;
    if (!Poco::NumberParser::tryParse64(id, factorId)) {
        return std::nullopt;
    }
    auto factor = m_factors.findById(factorId);
    if (!factor || factor->userId != *visit.session.userId || !factor->verified) {
        return std::nullopt;
    }
    return factor;
}

RestResponse PortalMethodPages::home(const PortalVisit& visit, const std::string& notice, int status)
{
    return m_site.page(visit, "home.title", m_site.fragment(visit, "home", {{"methods", list(visit)}}), notice, "error",
                       status);
}

RestResponse PortalMethodPages::renamePage(const PortalVisit& visit, const FactorRecord& factor,
                                           const std::string& name, bool empty)
{
    return m_site.page(
        visit, "methods.rename_title",
        m_site.fragment(visit, "method-rename",
                        {{"id", std::to_string(factor.id)},
                         {"kind", m_site.text(visit, kindKey(factor.type))},
                         {"name", name},
                         {"invalid", empty ? "aria-invalid=\"true\" aria-describedby=\"name-error\"" : ""},
                         {"error", empty ? m_site.fragment(visit, "method-name-empty") : std::string()}}),
        {}, "error", empty ? 422 : 200);
}

RestResponse PortalMethodPages::showRename(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    const auto factor = ownFactor(visit, request.queryValue("id"));
    if (!factor) {
        return home(visit, m_site.text(visit, "methods.unknown"), 404);
    }
    return renamePage(visit, *factor, displayName(visit, *factor), false);
}

RestResponse PortalMethodPages::rename(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    auto form = m_site.form(visit, request);
    if (!form) {
        return home(visit, m_site.text(visit, "error.csrf"), 403);
    }
    const auto factor = ownFactor(visit, form->value("id"));
    if (!factor) {
        return home(visit, m_site.text(visit, "methods.unknown"), 404);
    }
    std::string name = form->value("name").substr(0, kMaxName);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    if (name.empty()) {
        return renamePage(visit, *factor, name, true);
    }
    m_factors.rename(factor->userId, factor->id, name);
    m_audit.record({.channel = "portal",
                    .event = "factor.rename",
                    .actor = "user:" + visit.session.username,
                    .username = visit.session.username,
                    .result = "success",
                    .reason = factor->type + " factor " + std::to_string(factor->id) + " renamed to '" + name + "'",
                    .sourceIp = request.sourceIp});
    return m_site.redirect(visit, "/portal/home?done=renamed");
}

RestResponse PortalMethodPages::confirmRemove(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    const auto factor = ownFactor(visit, request.queryValue("id"));
    if (!factor) {
        return home(visit, m_site.text(visit, "methods.unknown"), 404);
    }
    if (neededByProfile(m_factors.forUser(factor->userId), factor->id, m_site.registrationProfile())) {
        return home(visit, m_site.text(visit, "methods.last_needed"), 409);
    }
    std::string question =
        replaced(m_site.text(visit, "methods.remove_question"), "{name}", displayName(visit, *factor));
    question = replaced(question, "{kind}", m_site.text(visit, kindKey(factor->type)));
    return m_site.page(
        visit, "methods.remove_title",
        m_site.fragment(visit, "method-remove", {{"id", std::to_string(factor->id)}, {"question", question}}));
}

RestResponse PortalMethodPages::remove(const RestRequest& request)
{
    PortalVisit visit = m_site.visit(request);
    if (!m_site.signedIn(visit)) {
        return m_site.redirect(visit, "/portal/login");
    }
    auto form = m_site.form(visit, request);
    if (!form) {
        return home(visit, m_site.text(visit, "error.csrf"), 403);
    }
    const auto factor = ownFactor(visit, form->value("id"));
    if (!factor) {
        return home(visit, m_site.text(visit, "methods.unknown"), 404);
    }
    AuditEvent event{.channel = "portal",
                     .event = factor->type == "webauthn" ? "webauthn.remove" : "factor.remove",
                     .actor = "user:" + visit.session.username,
                     .username = visit.session.username,
                     .sourceIp = request.sourceIp};
    if (neededByProfile(m_factors.forUser(factor->userId), factor->id, m_site.registrationProfile())) {
        event.result = "failure";
        event.reason = factor->type + " factor " + std::to_string(factor->id) +
                       " kept: the last method the registration profile accepts";
        m_audit.record(event);
        return home(visit, m_site.text(visit, "methods.last_needed"), 409);
    }
    m_factors.removeWithDevice(factor->userId, factor->id);
    event.result = "success";
    event.reason = factor->type + " factor " + std::to_string(factor->id) + " removed by the user";
    m_audit.record(event);
    return m_site.redirect(visit, "/portal/home?done=removed");
}

} // namespace castellan
