#include "rest/FactorResource.h"

#include "auth/OtpVerifier.h"
#include "core/Rfc3339.h"
#include "crypto/SecretBox.h"
#include "device/QrCodeSvg.h"
#include "otp/Base32.h"
#include "otp/KeyUri.h"
#include "otp/OtpAlgorithm.h"
#include "otp/OtpSecret.h"
#include "otp/TokenSeed.h"
#include "rest/JsonBody.h"
#include "rest/PathParameter.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/FactorRepository.h"
#include "store/UserRepository.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>

namespace castellan {
namespace {

Poco::JSON::Object factorJson(const FactorRecord& f)
{
    Poco::JSON::Object o;
    o.set("id", f.id);
    o.set("type", f.type);
    o.set("label", f.label);
    o.set("verified", f.verified);
    if (f.type == "totp" || f.type == "hotp") {
        o.set("algorithm", f.algorithm);
        o.set("digits", f.digits);
    }
    if (f.type == "totp") {
        o.set("period", f.period);
        o.set("clock_offset", f.clockOffset * f.period); // seconds the device runs ahead (+) or behind (-)
    }
    if (f.type == "hotp") {
        o.set("serial", f.serial);
    }
    if (f.type == "sms" || f.type == "email") {
        o.set("destination", f.destination);
    }
    o.set("created_at", Rfc3339::format(f.createdAt));
    o.set("last_used_at", f.lastUsedAt ? Poco::Dynamic::Var(Rfc3339::format(*f.lastUsedAt)) : Poco::Dynamic::Var());
    return o;
}

void readOtpParameters(JsonBody& body, FactorRecord& f)
{
    f.digits = static_cast<int>(body.integer("digits", false, 6, 8).value_or(6));
    if (auto algorithm = body.text("algorithm")) {
        auto parsed = otpAlgorithmFromName(*algorithm);
        if (!parsed) {
            body.addError("algorithm", "must be SHA1, SHA256 or SHA512");
        } else {
            f.algorithm = std::string(otpAlgorithmName(*parsed));
        }
    }
}

} // namespace

FactorResource::FactorResource(UserRepository& users, FactorRepository& factors, const SecretBox& secrets,
                               OtpVerifier& verifier, AuditLog& audit, std::string issuer, const Clock& clock)
    : m_users(users), m_factors(factors), m_secrets(secrets), m_verifier(verifier), m_audit(audit),
      m_issuer(std::move(issuer)), m_clock(clock)
{}

void FactorResource::addRoutes(Router& router)
{
    router.add({"GET", "/api/v1/users/{id}/factors", {Scope::Admin}, handlerFor(this, &FactorResource::list)});
    router.add({"POST", "/api/v1/users/{id}/factors", {Scope::Admin}, handlerFor(this, &FactorResource::create)});
    router.add(
        {"DELETE", "/api/v1/users/{id}/factors/{fid}", {Scope::Admin}, handlerFor(this, &FactorResource::remove)});
    router.add(
        {"POST", "/api/v1/users/{id}/factors/{fid}/resync", {Scope::Admin}, handlerFor(this, &FactorResource::resync)});
}

RestResponse FactorResource::list(const RestRequest& request)
{
    auto id = pathId(request, "id");
    if (!id || !m_users.findById(*id, m_clock.nowSeconds())) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
    }
    Poco::JSON::Array items;
    std::int64_t total = 0;
    for (const FactorRecord& f : m_factors.forUser(*id)) {
        items.add(factorJson(f));
        ++total;
    }
    Poco::JSON::Object o;
    o.set("items", items);
    o.set("total", total);
    return jsonResponse(o);
}

RestResponse FactorResource::create(const RestRequest& request)
{
    auto id = pathId(request, "id");
    auto user = id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No user with this id"));
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    FactorRecord f;
    f.userId = user->id;
    f.type = body->text("type", true).value_or("");
    f.label = Poco::trim(body->text("label").value_or(""));
    if (f.label.size() > 100) {
        body->addError("label", "must be 100 characters or fewer");
    }
    std::vector<std::uint8_t> secret;
    if (f.type == "totp") {
        readOtpParameters(*body, f);
        f.period = static_cast<int>(body->integer("period", false, 15, 300).value_or(30));
        secret = generateOtpSecret(f.algorithm == "SHA512" ? 64 : f.algorithm == "SHA256" ? 32 : 20);
    } else if (f.type == "hotp") {
        readOtpParameters(*body, f);
        f.serial = Poco::trim(body->text("serial", true).value_or(""));
        if (body->has("serial") && (f.serial.empty() || f.serial.size() > 64)) {
            body->addError("serial", "must be 1 to 64 characters");
        } else if (!f.serial.empty() && m_factors.serialTaken(f.serial)) {
            body->addError("serial", "is already assigned to a token");
        }
        f.counter = body->integer("counter", false, 0, INT64_MAX / 2).value_or(0);
        auto base32 = body->text("secret");
        auto hex = body->text("secret_hex");
        if (base32 && hex) {
            body->addError("secret", "give the seed once: secret (base32) or secret_hex");
        } else if (base32 || hex) {
            auto seed = decodeTokenSeed(base32 ? *base32 : *hex, base32 ? SeedEncoding::Base32 : SeedEncoding::Hex);
            if (!seed) {
                body->addError(base32 ? "secret" : "secret_hex", seed.error().message);
            } else {
                secret = seed.value();
            }
        } else {
            body->addError("secret", "is required (the token's seed, base32; or secret_hex)");
        }
    } else if (f.type == "sms") {
        auto phone = PhoneNumber::normalise(body->text("phone").value_or(user->phone));
        if (!phone || phone.value().empty()) {
            body->addError("phone", "is required (the user has no phone number) and must be a phone number");
        } else {
            f.destination = phone.value();
        }
    } else if (f.type == "email") {
        auto email = EmailAddress::normalise(body->text("email").value_or(user->email));
        if (!email || email.value().empty()) {
            body->addError("email", "is required (the user has no e-mail address) and must be an e-mail address");
        } else {
            f.destination = email.value();
        }
    } else if (f.type == "webauthn" || f.type == "push") {
        body->addError("type", f.type == "push"
                                   ? "push is enrolled by the authenticator app (POST /users/{id}/enrollments)"
                                   : "WebAuthn keys are registered by the user in the registration portal");
    } else if (!f.type.empty()) {
        body->addError("type", "must be totp, hotp, sms or email");
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    if (f.label.empty()) {
        f.label = f.type == "hotp" ? "Token " + f.serial : f.type == "totp" ? "Authenticator app" : f.destination;
    }
    f.verified = true;
    f.createdAt = m_clock.nowSeconds();
    const std::string raw(secret.begin(), secret.end());
    f.id = m_factors.create(
        f, secret.empty() ? std::function<std::string(std::int64_t)>() : [&](std::int64_t factorId) {
            return m_secrets.sealToBase64(raw, OtpVerifier::secretAad(factorId));
        });
    m_audit.record({.channel = "rest",
                    .event = "factor.create",
                    .actor = request.principal->actor(),
                    .username = user->username,
                    .result = "success",
                    .reason = f.type + (f.serial.empty() ? "" : " serial " + f.serial),
                    .sourceIp = request.sourceIp});
    Poco::JSON::Object o = factorJson(*m_factors.findById(f.id));
    if (f.type == "totp") {
        KeyUri uri;
        uri.issuer = m_issuer;
        uri.account = user->username;
        uri.secret = secret;
        uri.algorithm = otpAlgorithmFromName(f.algorithm).value_or(OtpAlgorithm::Sha1);
        uri.digits = f.digits;
        uri.period = f.period;
        o.set("secret", Base32::encode(secret, Base32::Padding::Omit));
        o.set("otpauth_uri", uri.toString());
        o.set("qr_svg", qrCodeSvg(uri.toString()));
    }
    return jsonResponse(o, 201);
}

RestResponse FactorResource::remove(const RestRequest& request)
{
    auto id = pathId(request, "id");
    auto fid = pathId(request, "fid");
    if (!id || !fid) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No such factor"));
    }
    auto factor = m_factors.findById(*fid);
    if (factor && factor->userId == *id && m_factors.remove(*id, *fid)) {
        auto user = m_users.findById(*id, m_clock.nowSeconds());
        m_audit.record({.channel = "rest",
                        .event = "factor.delete",
                        .actor = request.principal->actor(),
                        .username = user ? user->username : "",
                        .result = "success",
                        .reason = factor->type,
                        .sourceIp = request.sourceIp});
    }
    return noContent();
}

RestResponse FactorResource::resync(const RestRequest& request)
{
    auto id = pathId(request, "id");
    auto fid = pathId(request, "fid");
    auto factor = id && fid ? m_factors.findById(*fid) : std::nullopt;
    auto user = factor && factor->userId == *id ? m_users.findById(*id, m_clock.nowSeconds()) : std::nullopt;
    if (!user) {
        return Problem::fromError(Error::of(ErrorCode::NotFound, "No such factor"));
    }
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const bool totp = factor->type == "totp";
    const std::string digits =
        "must be the " + std::to_string(factor->digits) + " digits the " + (totp ? "app" : "token") + " shows";
    const std::string first = Poco::trim(body->text("code1", true).value_or(""));
    const std::string second = Poco::trim(body->text("code2", true).value_or(""));
    auto wellFormed = [&](const std::string& code) {
        return static_cast<int>(code.size()) == factor->digits &&
               code.find_first_not_of("0123456789") == std::string::npos;
    };
    if (!totp && factor->type != "hotp") {
        body->addError("type", "only HOTP tokens and TOTP apps are resynchronised");
    } else if (body->has("code1") && !wellFormed(first)) {
        body->addError("code1", digits);
    } else if (body->has("code2") && !wellFormed(second)) {
        body->addError("code2", digits);
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    auto found = m_verifier.resynchronise(*factor, first, second);
    const std::string outcome = !found ? "codes not found"
                                : totp ? "clock offset " + std::to_string(*found * factor->period) + " s"
                                       : "counter " + std::to_string(*found);
    m_audit.record({.channel = "rest",
                    .event = "factor.resync",
                    .actor = request.principal->actor(),
                    .username = user->username,
                    .result = found ? "success" : "failure",
                    .reason = (totp ? "totp factor " + std::to_string(factor->id) : "hotp serial " + factor->serial) +
                              ", " + outcome,
                    .sourceIp = request.sourceIp});
    if (!found) {
        return Problem::fromError(Error::invalid(
            {{"code1", totp
                           ? "code1 and code2 are not two consecutive codes of this app within " +
                                 std::to_string(m_verifier.totpResyncSteps() * factor->period / 60) +
                                 " minutes of the server's clock, or they were used already"
                           : "code1 and code2 are not two consecutive codes of this token within its next " +
                                 std::to_string(m_verifier.resyncWindow()) + " codes; press the button twice again"}}));
    }
    Poco::JSON::Object o = factorJson(*m_factors.findById(factor->id));
    if (!totp) {
        o.set("counter", *found);
    }
    return jsonResponse(o);
}

} // namespace castellan
