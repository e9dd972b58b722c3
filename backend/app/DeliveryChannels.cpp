#include "app/DeliveryChannels.h"

#include "app/ConfigReader.h"
#include "app/DeliveryConfig.h"
#include "app/ServerConfig.h"
#include "crypto/SecretBox.h"
#include "notify/HttpSmsGateway.h"
#include "notify/SmtpMailSender.h"
#include "store/DeliverySettingsRepository.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Util/MapConfiguration.h>

namespace castellan {
namespace {

Poco::Logger& logger()
{
    return Poco::Logger::get("delivery");
}

std::map<std::string, std::string> parseObject(const std::string& text)
{
    std::map<std::string, std::string> out;
    if (text.empty()) {
        return out;
    }
    try {
        auto object = Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
        for (const auto& [key, value] : *object) {
            out[key] = value.toString();
        }
    } catch (const Poco::Exception& e) {
        logger().error("stored delivery settings are not a JSON object: " + e.displayText());
    }
    return out;
}

Poco::AutoPtr<Poco::Util::MapConfiguration> asConfiguration(const std::map<std::string, std::string>& properties)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : properties) {
        if (!value.empty()) {
            config->setString(key, value);
        }
    }
    return config;
}

Error invalidSettings(const std::vector<ConfigError>& errors)
{
    std::vector<FieldError> fields;
    for (const ConfigError& e : errors) {
        fields.push_back({e.key, e.message});
    }
    return Error::invalid(std::move(fields));
}

Error notSetUp(const char* what)
{
    return Error::of(ErrorCode::Unavailable, std::string("No ") + what + " is set up",
                     std::string(what) + " delivery is not configured");
}

} // namespace

class DeliveryChannels::SwitchingMail final : public MailSender
{
public:
    explicit SwitchingMail(DeliveryChannels& owner) : m_owner(owner) {}
    Result<void> send(const MailMessage& message) override
    {
        auto sender = m_owner.currentMail();
        return sender ? sender->send(message) : Result<void>(notSetUp("mail server"));
    }
    bool available() override { return m_owner.currentMail() != nullptr; }

private:
    DeliveryChannels& m_owner;
};

class DeliveryChannels::SwitchingSms final : public SmsGateway
{
public:
    explicit SwitchingSms(DeliveryChannels& owner) : m_owner(owner) {}
    Result<void> send(const std::string& e164Phone, const std::string& text) override
    {
        auto gateway = m_owner.currentSms();
        return gateway ? gateway->send(e164Phone, text) : Result<void>(notSetUp("SMS gateway"));
    }
    bool available() override { return m_owner.currentSms() != nullptr; }

private:
    DeliveryChannels& m_owner;
};

DeliveryChannels::DeliveryChannels(DeliverySettingsRepository& store, const SecretBox& secrets,
                                   const ServerConfig& config, const Clock& clock)
    : m_store(store), m_secrets(secrets), m_clock(clock), m_mailFromFile(!config.smtpHost.empty()),
      m_smsFromFile(!config.smsGateway.url.empty()),
      m_fileMail(m_mailFromFile ? std::make_shared<SmtpMailSender>(config.smtpSettings()) : nullptr),
      m_fileSms(m_smsFromFile ? std::make_shared<HttpSmsGateway>(config.smsGateway) : nullptr),
      m_mail(std::make_unique<SwitchingMail>(*this)), m_sms(std::make_unique<SwitchingSms>(*this))
{
    if (m_mailFromFile) {
        m_fileMailProperties = {{"smtp.host", config.smtpHost},
                                {"smtp.port", std::to_string(config.smtpPort)},
                                {"smtp.user", config.smtpUser},
                                {"smtp.password", config.smtpPassword},
                                {"smtp.from", config.smtpFrom},
                                {"smtp.starttls", config.smtpStartTls ? "true" : "false"},
                                {"smtp.timeout_seconds", std::to_string(config.smtpTimeoutSeconds)}};
    }
    if (m_smsFromFile) {
        const SmsGatewaySettings& sms = config.smsGateway;
        std::string headers;
        for (const auto& [name, value] : sms.headers) {
            headers += name + ": " + value + "\n";
        }
        m_fileSmsProperties = {{"sms.gateway.url", sms.url},
                               {"sms.gateway.method", sms.method},
                               {"sms.gateway.body", sms.bodyTemplate},
                               {"sms.gateway.content_type", sms.contentType},
                               {"sms.gateway.headers", headers},
                               {"sms.gateway.success_body", (sms.successBodyIsRegex ? "regex:" : "") + sms.successBody},
                               {"sms.gateway.timeout_seconds", std::to_string(sms.timeoutSeconds)}};
    }
}

DeliveryChannels::~DeliveryChannels() = default;

MailSender& DeliveryChannels::mail()
{
    return *m_mail;
}

SmsGateway& DeliveryChannels::sms()
{
    return *m_sms;
}

bool DeliveryChannels::isSecretKey(const std::string& key)
{
    return key == "smtp.password" || key == "sms.gateway.headers";
}

Result<std::shared_ptr<MailSender>> DeliveryChannels::buildMail(const std::map<std::string, std::string>& properties)
{
    auto config = asConfiguration(properties);
    std::vector<ConfigError> errors;
    ConfigReader read(*config, errors);
    const SmtpSettings smtp = readSmtp(read, *config);
    if (!errors.empty()) {
        return invalidSettings(errors);
    }
    return smtp.host.empty() ? std::shared_ptr<MailSender>() : std::make_shared<SmtpMailSender>(smtp);
}

Result<std::shared_ptr<SmsGateway>> DeliveryChannels::buildSms(const std::map<std::string, std::string>& properties)
{
    auto config = asConfiguration(properties);
    std::vector<ConfigError> errors;
    ConfigReader read(*config, errors);
    SmsGatewaySettings sms;
    readSmsGateway(read, sms);
    if (!errors.empty()) {
        return invalidSettings(errors);
    }
    return sms.url.empty() ? std::shared_ptr<SmsGateway>() : std::make_shared<HttpSmsGateway>(sms);
}

std::map<std::string, std::string> DeliveryChannels::storedProperties(Channel channel)
{
    auto record = m_store.find(name(channel));
    return record ? storedProperties(*record) : std::map<std::string, std::string>();
}

std::map<std::string, std::string> DeliveryChannels::storedProperties(const DeliverySettingsRecord& record)
{
    auto properties = parseObject(record.properties);
    if (!record.sealedSecrets.empty()) {
        auto opened = m_secrets.openFromBase64(record.sealedSecrets, "delivery_settings:" + record.channel);
        if (!opened) {
            logger().error("the stored " + record.channel +
                           " secrets do not open with this master key; they are ignored");
        } else {
            for (auto& [key, value] : parseObject(opened.value())) {
                properties[key] = value;
            }
        }
    }
    return properties;
}

DeliveryChannels::Source DeliveryChannels::source(Channel channel)
{
    if (channel == Channel::Mail ? m_mailFromFile : m_smsFromFile) {
        return Source::File;
    }
    refreshIfDue();
    std::lock_guard lock(m_mutex);
    return (channel == Channel::Mail ? m_storedMail != nullptr : m_storedSms != nullptr) ? Source::Database
                                                                                         : Source::None;
}

void DeliveryChannels::reload()
{
    m_checkedAt = 0;
    refreshIfDue();
}

void DeliveryChannels::refreshIfDue()
{
    if (m_mailFromFile && m_smsFromFile) {
        return;
    }
    const std::int64_t now = m_clock.nowSeconds();
    const std::int64_t checked = m_checkedAt.load();
    if (checked != 0 && now - checked < kRecheckSeconds) {
        return;
    }
    m_checkedAt = now;
    try {
        const std::int64_t generation = m_store.generation();
        std::lock_guard lock(m_mutex);
        if (generation == m_generation) {
            return;
        }
        m_generation = generation;
    } catch (const std::exception& e) {
        // The database is unreachable: keep sending with what was read last.
        logger().warning(std::string("delivery settings not re-read: ") + e.what());
        return;
    }
    rebuild();
}

void DeliveryChannels::rebuild()
{
    std::shared_ptr<MailSender> mail;
    std::shared_ptr<SmsGateway> sms;
    if (!m_mailFromFile) {
        if (auto built = buildMail(storedProperties(Channel::Mail))) {
            mail = built.value();
        } else {
            logger().error("the stored mail settings are invalid; no mail is sent: " + built.error().message);
        }
    }
    if (!m_smsFromFile) {
        if (auto built = buildSms(storedProperties(Channel::Sms))) {
            sms = built.value();
        } else {
            logger().error("the stored SMS settings are invalid; no SMS is sent: " + built.error().message);
        }
    }
    std::lock_guard lock(m_mutex);
    m_storedMail = std::move(mail);
    m_storedSms = std::move(sms);
}

std::shared_ptr<MailSender> DeliveryChannels::currentMail()
{
    if (m_mailFromFile) {
        return m_fileMail;
    }
    refreshIfDue();
    std::lock_guard lock(m_mutex);
    return m_storedMail;
}

std::shared_ptr<SmsGateway> DeliveryChannels::currentSms()
{
    if (m_smsFromFile) {
        return m_fileSms;
    }
    refreshIfDue();
    std::lock_guard lock(m_mutex);
    return m_storedSms;
}

} // namespace castellan
