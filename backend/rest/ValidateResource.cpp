#include "rest/ValidateResource.h"

#include "auth/AuthEngine.h"
#include "rest/JsonBody.h"
#include "rest/Problem.h"
#include "rest/Router.h"

namespace castellan {

ValidateResource::ValidateResource(AuthEngine& engine) : m_engine(engine) {}

void ValidateResource::addRoutes(Router& router)
{
    router.add({"POST", "/api/v1/auth/validate", {Scope::Agent, Scope::User}, [this](const RestRequest& r) {
                    return validate(r);
                }});
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
    auth.username = body->text("username", true).value_or("");
    auth.password = body->text("password");
    auth.otp = body->text("otp");
    auth.transactionId = body->text("transaction_id");
    auth.application = body->text("application").value_or("");
    // `factor` is an id (number) or a type ("sms"); both arrive as text here.
    if (body->has("factor") && !body->isNull("factor")) {
        auth.factor = body->object()->get("factor").toString();
    }
    auth.language =
        body->text("language").value_or(request.header("accept-language").rfind("tr", 0) == 0 ? "tr" : "en");
    if (auth.language != "en" && auth.language != "tr") {
        body->addError("language", "must be en or tr");
    }
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
    auto decision = m_engine.authenticate(auth);
    if (!decision) {
        return Problem::fromError(decision.error());
    }
    Poco::JSON::Object o;
    switch (decision->result) {
    case AuthDecision::Result::Accept:
        o.set("result", "accept");
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
