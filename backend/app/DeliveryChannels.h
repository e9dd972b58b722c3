#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "notify/MailSender.h"
#include "notify/SmsGateway.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace castellan {

class DeliverySettingsRepository;
struct DeliverySettingsRecord;
class SecretBox;
struct ServerConfig;

/// Mail and SMS delivery whose settings come from the configuration file or, where the file sets none for a
/// channel, from the settings administrators store over REST (`/settings/mail`, `/settings/sms`). The senders
/// handed to the rest of the server stay the same objects; what they send through follows the stored settings,
/// which every node re-reads within kRecheckSeconds of a change (one cheap query at most that often, only when
/// something is sent or asked).
class DeliveryChannels
{
public:
    enum class Channel
    {
        Mail,
        Sms,
    };
    enum class Source
    {
        None,     ///< not set up: sending fails with Unavailable
        File,     ///< the configuration file sets it; stored settings are ignored
        Database, ///< stored by an administrator
    };
    static constexpr std::int64_t kRecheckSeconds = 2;

    DeliveryChannels(DeliverySettingsRepository& store, const SecretBox& secrets, const ServerConfig& config,
                     const Clock& clock = SystemClock::instance());
    ~DeliveryChannels();

    MailSender& mail();
    SmsGateway& sms();

    Source source(Channel channel);
    /// The stored settings of a channel as configuration keys (smtp.*, sms.gateway.*), secrets opened.
    std::map<std::string, std::string> storedProperties(Channel channel);
    /// The same for a record already read.
    std::map<std::string, std::string> storedProperties(const DeliverySettingsRecord& record);
    /// The configuration file's settings of a channel as its keys (secrets present but never to be answered).
    const std::map<std::string, std::string>& fileProperties(Channel channel) const
    {
        return channel == Channel::Mail ? m_fileMailProperties : m_fileSmsProperties;
    }
    /// Re-reads the stored settings now (after a change made on this node).
    void reload();

    static std::string name(Channel channel) { return channel == Channel::Mail ? "mail" : "sms"; }
    /// The configuration keys of a channel whose values are secret (stored sealed, never answered).
    static bool isSecretKey(const std::string& key);
    /// Builds what `properties` describe; errors name the keys (as ConfigError fields do).
    static Result<std::shared_ptr<MailSender>> buildMail(const std::map<std::string, std::string>& properties);
    static Result<std::shared_ptr<SmsGateway>> buildSms(const std::map<std::string, std::string>& properties);

private:
    class SwitchingMail;
    class SwitchingSms;

    void refreshIfDue();
    void rebuild();
    std::shared_ptr<MailSender> currentMail();
    std::shared_ptr<SmsGateway> currentSms();

    DeliverySettingsRepository& m_store;
    const SecretBox& m_secrets;
    const Clock& m_clock;
    const bool m_mailFromFile;
    const bool m_smsFromFile;
    std::shared_ptr<MailSender> m_fileMail;
    std::shared_ptr<SmsGateway> m_fileSms;
    std::map<std::string, std::string> m_fileMailProperties;
    std::map<std::string, std::string> m_fileSmsProperties;

    std::mutex m_mutex;
    std::shared_ptr<MailSender> m_storedMail;
    std::shared_ptr<SmsGateway> m_storedSms;
    std::int64_t m_generation = -1;
    std::atomic<std::int64_t> m_checkedAt{0};

    std::unique_ptr<SwitchingMail> m_mail;
    std::unique_ptr<SwitchingSms> m_sms;
};

} // namespace castellan
