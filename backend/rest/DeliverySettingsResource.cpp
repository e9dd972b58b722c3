#include "rest/DeliverySettingsResource.h"

#include "app/DeliveryChannels.h"
#include "core/Rfc3339.h"
#include "crypto/SecretBox.h"
#include "notify/MailMessage.h"
#include "rest/JsonBody.h"
#include "rest/Paging.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/DeliverySettingsRepository.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"

#include <Poco/JSON/Object.h>

#include <map>
#include <sstream>

namespace castellan {
namespace {

using Field = DeliverySettingsResource::Field;
using Type = Field::Type;

const std::vector<Field>& fieldsOf(bool mail)
{
    static const std::vector<Field> kMail = {
        {"host", "smtp.host"},
        {"port", "smtp.port", Type::Integer},
        {"user", "smtp.user"},
        {"password", "smtp.password", Type::Text, true},
        {"from", "smtp.from"},
        {"starttls", "smtp.starttls", Type::Boolean},
        {"timeout_seconds", "smtp.timeout_seconds", Type::Integer},
    };
    static const std::vector<Field> kSms = {
        {"url", "sms.gateway.url"},
        {"method", "sms.gateway.method"},
        {"body", "sms.gateway.body"},
        {"content_type", "sms.gateway.content_type"},
        {"headers", "sms.gateway.headers", Type::Text, true},
        {"success_status", "sms.gateway.success_status"},
        {"success_body", "sms.gateway.success_body"},
        {"timeout_seconds", "sms.gateway.timeout_seconds", Type::Integer},
    };
    return mail ? kMail : kSms;
}

DeliveryChannels::Channel channelOf(bool mail)
{
    return mail ? DeliveryChannels::Channel::Mail : DeliveryChannels::Channel::Sms;
}

std::string sourceName(DeliveryChannels::Source source)
{
    switch (source) {
    case DeliveryChannels::Source::File:
        return "file";
    case DeliveryChannels::Source::Database:
        return "database";
    case DeliveryChannels::Source::None:
        break;
    }
    return "none";
}

std::string jsonText(const std::map<std::string, std::string>& values)
{
    Poco::JSON::Object o;
    for (const auto& [key, value] : values) {
        o.set(key, value);
    }
    std::ostringstream out;
    o.stringify(out);
    return out.str();
}

/// The API's field name for a configuration key ("smtp.port" -> "port").
std::string fieldOfKey(bool mail, const std::string& key)
{
    for (const Field& f : fieldsOf(mail)) {
        if (f.key == key) {
            return f.name;
        }
    }
    return key;
}

} // namespace

DeliverySettingsResource::DeliverySettingsResource(DeliverySettingsRepository& store, DeliveryChannels& channels,
                                                   const SecretBox& secrets, AuditLog& audit, const Clock& clock)
    : m_store(store), m_channels(channels), m_secrets(secrets), m_audit(audit), m_clock(clock)
{}

void DeliverySettingsResource::addRoutes(Router& router)
{
    for (const bool mail : {true, false}) {
        const std::string path = mail ? "/api/v1/settings/mail" : "/api/v1/settings/sms";
        router.add({"GET", path, {Scope::Admin}, [this, mail](const RestRequest& r) {
                        return get(r, mail);
                    }});
        router.add({"PUT", path, {Scope::Admin}, [this, mail](const RestRequest& r) {
                        return put(r, mail);
                    }});
        router.add({"POST", path + "/test", {Scope::Admin}, [this, mail](const RestRequest& r) {
                        return test(r, mail);
                    }});
    }
}

RestResponse DeliverySettingsResource::get(const RestRequest&, bool mail)
{
    const auto source = m_channels.source(channelOf(mail));
    const auto record = m_store.find(DeliveryChannels::name(channelOf(mail)));
    const auto stored = source == DeliveryChannels::Source::File ? m_channels.fileProperties(channelOf(mail))
                        : record                                 ? m_channels.storedProperties(*record)
                                                                 : std::map<std::string, std::string>();
    Poco::JSON::Object o;
    o.set("source", sourceName(source));
    for (const Field& f : fieldsOf(mail)) {
        const auto value = stored.find(f.key);
        const bool has = value != stored.end() && !value->second.empty();
        if (f.secret) {
            o.set(f.name + "_set", has);
        } else if (!has) {
            o.set(f.name, Poco::Dynamic::Var());
        } else if (f.type == Type::Integer) {
            o.set(f.name, std::stoll(value->second));
        } else if (f.type == Type::Boolean) {
            o.set(f.name, value->second == "true");
        } else {
            o.set(f.name, value->second);
        }
    }
    o.set("updated_at", record ? Poco::Dynamic::Var(Rfc3339::format(record->updatedAt)) : Poco::Dynamic::Var());
    o.set("updated_by", record ? Poco::Dynamic::Var(record->updatedBy) : Poco::Dynamic::Var());
    RestResponse response = jsonResponse(o);
    if (record && source != DeliveryChannels::Source::File) {
        response.headers.emplace_back("ETag", entityTag(record->version));
    }
    return response;
}

RestResponse DeliverySettingsResource::put(const RestRequest& request, bool mail)
{
    const auto channel = channelOf(mail);
    if (m_channels.source(channel) == DeliveryChannels::Source::File) {
        return Problem::fromError(Error::of(
            ErrorCode::Conflict, std::string("The configuration file sets the ") + (mail ? "smtp.*" : "sms.gateway.*") +
                                     " keys, which override stored settings; change them there and restart"));
    }
    auto update = VersionedBody::read(request);
    if (!update) {
        return Problem::fromError(update.error());
    }
    JsonBody& body = update->body;
    const auto stored = m_channels.storedProperties(channel);
    std::map<std::string, std::string> properties;
    std::map<std::string, std::string> secrets;
    for (const Field& f : fieldsOf(mail)) {
        std::optional<std::string> value;
        if (!body.has(f.name) || body.isNull(f.name)) {
            if (f.secret && !body.has(f.name) && stored.count(f.key)) {
                value = stored.at(f.key); // a secret left out is kept
            }
        } else if (f.type == Type::Integer) {
            if (auto n = body.integer(f.name, false, 0, 1'000'000)) {
                value = std::to_string(*n);
            }
        } else if (f.type == Type::Boolean) {
            if (auto b = body.boolean(f.name)) {
                value = *b ? "true" : "false";
            }
        } else {
            value = body.text(f.name);
        }
        if (value && !value->empty()) {
            (f.secret ? secrets : properties)[f.key] = *value;
        }
    }
    for (const auto& [name, ignored] : *body.object()) {
        bool known = false;
        for (const Field& f : fieldsOf(mail)) {
            known = known || f.name == name;
        }
        if (!known) {
            body.addError(name, "is not a setting of this channel");
        }
    }
    // Every refusal at once: unknown fields above, and each bad value as the server would read it.
    std::map<std::string, std::string> all = properties;
    all.insert(secrets.begin(), secrets.end());
    if (mail) {
        if (auto built = DeliveryChannels::buildMail(all); !built) {
            for (const FieldError& e : built.error().fields) {
                body.addError(fieldOfKey(mail, e.field), e.message);
            }
        }
    } else if (auto built = DeliveryChannels::buildSms(all); !built) {
        for (const FieldError& e : built.error().fields) {
            body.addError(fieldOfKey(mail, e.field), e.message);
        }
    }
    if (!body.ok()) {
        return Problem::fromError(body.error());
    }
    DeliverySettingsRecord record;
    record.channel = DeliveryChannels::name(channel);
    record.properties = jsonText(properties);
    record.sealedSecrets = secrets.empty()
                               ? std::string()
                               : m_secrets.sealToBase64(jsonText(secrets), "delivery_settings:" + record.channel);
    record.updatedAt = m_clock.nowSeconds();
    record.updatedBy = request.principal->actor();
    if (!m_store.save(record, update->expectedVersion)) {
        return preconditionFailed();
    }
    m_channels.reload();
    m_audit.record({.channel = "rest",
                    .event = mail ? "settings.mail.update" : "settings.sms.update",
                    .actor = request.principal->actor(),
                    .result = "success",
                    .reason = properties.empty() && secrets.empty() ? std::string("cleared: nothing is sent")
                                                                    : "stored (secrets sealed)",
                    .sourceIp = request.sourceIp});
    return get(request, mail);
}

RestResponse DeliverySettingsResource::test(const RestRequest& request, bool mail)
{
    auto body = JsonBody::parse(request);
    if (!body) {
        return Problem::fromError(body.error());
    }
    const std::string field = mail ? "to" : "phone";
    auto destination = body->text(field, true);
    std::string normalised;
    if (destination) {
        auto valid = mail ? EmailAddress::normalise(*destination, field)
                          : PhoneNumber::normalise(*destination, PhoneNumber::kDefaultCallingCode, field);
        if (valid) {
            normalised = valid.value();
        } else {
            for (const FieldError& e : valid.error().fields) {
                body->addError(e.field, e.message);
            }
            if (valid.error().fields.empty()) {
                body->addError(field, valid.error().message);
            }
        }
    }
    if (!body->ok()) {
        return Problem::fromError(body->error());
    }
    m_channels.reload(); // test what is stored now, not what was read a second ago
    const std::string text = "This is a test message from Castellan MFA: delivery works.\n"
                             "Bu, Castellan MFA'dan bir deneme iletisidir: gönderim çalışıyor.\n";
    const Result<void> sent =
        mail ? m_channels.mail().send({normalised, "Castellan MFA test message / deneme iletisi", text})
             : m_channels.sms().send(normalised, "Castellan MFA: test message / deneme iletisi");
    Poco::JSON::Object o;
    o.set("sent", sent.ok());
    if (!sent.ok()) {
        o.set("error", sent.error().message);
        o.set("detail", sent.error().logDetail);
    }
    m_audit.record({.channel = "rest",
                    .event = mail ? "settings.mail.test" : "settings.sms.test",
                    .actor = request.principal->actor(),
                    .result = sent.ok() ? "success" : "failure",
                    .reason = sent.ok() ? "test message sent to " + normalised
                                        : sent.error().message + ": " + sent.error().logDetail,
                    .sourceIp = request.sourceIp});
    return jsonResponse(o);
}

} // namespace castellan
