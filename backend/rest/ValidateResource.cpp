#include "rest/ValidateResource.h"

#include "auth/AuthEngine.h"
#include "core/Rfc3339.h"
#include "device/QrCodeSvg.h"
#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/Router.h"

#include <Poco/URI.h>

#include <thread>

namespace castellan {

namespace {

/// The language of messages: the body's `language`, else Accept-Language; en or tr.
std::string languageOf(JsonBody& body, const RestRequest& request)
{
    std::string language =
        body.text("language").value_or(request.header("accept-language").rfind("tr", 0) == 0 ? "tr" : "en");
    if (language != "en" && language != "tr") {
        body.addError("language", "must be en or tr");
    }
    return language;
}

} // namespace

ValidateResource::ValidateResource(AuthEngine& engine, std::string publicUrl)
    : m_engine(engine), m_publicUrl(std::move(publicUrl))
{}

void ValidateResource::addRoutes(Router& router)
{
    router.add(
        {"POST", "/api/v1/auth/validate", {Scope::Agent, Scope::User}, handlerFor(this, &ValidateResource::validate)});
    router.add(
        {"POST", "/api/v1/auth/qr-login", {Scope::Agent, Scope::User}, handlerFor(this, &ValidateResource::qrLogin)});
}

void ValidateResource::waitForAnswer(const AuthRequest& auth, std::chrono::seconds wait,
                                     castellan::Result<AuthDecision>& decision)
{
    // Each waiter holds a server thread: beyond kMaxWaiters the answer comes at once and the caller polls.
    if (m_waiters.fetch_add(1) >= kMaxWaiters) {
        m_waiters.fetch_sub(1);
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (decision && decision->result == AuthDecision::Result::Challenge &&
           std::chrono::steady_clock::now() + kWaitStep < deadline) {
        std::this_thread::sleep_for(kWaitStep);
        decision = m_engine.authenticate(auth);
    }
    m_waiters.fetch_sub(1);
}

std::string ValidateResource::qrLoginUri(const std::string& challenge, const std::string& publicUrl)
{
    std::string server;
    Poco::URI::encode(publicUrl, "!#$&'()*+,/:;=?@[]", server);
    return "castellan://qr-login?challenge=" + challenge + "&server=" + server;
}

RestResponse ValidateResource::qrLogin(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    AuthRequest auth;
    auth.channel = "rest";
    auth.client = request.principal->name;
    auth.application = body->text("application").value_or("");
    auth.sourceIp = request.sourceIp;
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto started = m_engine.beginQrLogin(auth);
    if (!started) {
        return Problem::fromError(started.error());
    }
    const std::string uri = qrLoginUri(started->challenge, m_publicUrl);
    Poco::JSON::Object o;
    o.set("transaction_id", started->transactionId);
    o.set("challenge", started->challenge);
    o.set("qr_uri", uri);
    o.set("qr_svg", qrCodeSvg(uri));
    o.set("expires_at", Rfc3339::format(started->expiresAt));
    return jsonResponse(o, 201);
}

RestResponse ValidateResource::validate(const RestRequest& request)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    AuthRequest auth;
    auth.channel = "rest";
    auth.client = request.principal->name;
    auth.transactionId = body->text("transaction_id");
    // Polling a QR login needs no username: the phone that answers names the user.
    const bool qrLogin = auth.transactionId && auth.transactionId->rfind(AuthEngine::kQrLoginPrefix, 0) == 0;
    auth.username = body->text("username", !qrLogin).value_or("");
    auth.password = body->text("password");
    auth.otp = body->text("otp");
    auth.application = body->text("application").value_or("");
    // `factor` is an id (number) or a type ("sms"); both arrive as text here.
    if (body->has("factor") && !body->isNull("factor")) {
        auth.factor = body->object()->get("factor").toString();
    }
    auth.language = languageOf(*body, request);
    auth.sourceIp = request.sourceIp;
    if (auth.username.size() > 256) {
        body->addError("username", "must be 256 characters or fewer");
    }
    if (auth.otp && auth.otp->size() > 64) {
        body->addError("otp", "must be 64 characters or fewer");
    }
    if (auth.password && auth.password->size() > 1024) {
        body->addError("password", "must be 1024 characters or fewer");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    const auto wait = body->integer("wait", false, 0, kMaxWaitSeconds);
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto decision = m_engine.authenticate(auth);
    if (wait && *wait > 0 && auth.transactionId && !auth.otp) {
        waitForAnswer(auth, std::chrono::seconds(*wait), decision);
    }
    if (!decision) {
        return Problem::fromError(decision.error());
    }
    Poco::JSON::Object o;
    switch (decision->result) {
    case AuthDecision::Result::Accept:
        o.set("result", "accept");
        o.set("username", decision->username);
        break;
    case AuthDecision::Result::Reject:
        o.set("result", "reject");
        break;
    case AuthDecision::Result::Challenge: {
        o.set("result", "challenge");
        o.set("transaction_id", decision->transactionId);
        Poco::JSON::Array factors;
        for (const OfferedFactor& f : decision->factors) {
            Poco::JSON::Object factor;
            factor.set("id", f.id);
            factor.set("type", f.type);
            factor.set("label", f.label);
            factors.add(factor);
        }
        o.set("factors", factors);
        if (!decision->numberMatch.empty()) {
            o.set("number_match", decision->numberMatch);
        }
        break;
    }
    }
    o.set("message", decision->message);
    Poco::JSON::Object attributes;
    for (const auto& [name, value] : decision->attributes) {
        attributes.set(name, value);
    }
    o.set("attributes", attributes);
    return jsonResponse(o);
}

} // namespace castellan
