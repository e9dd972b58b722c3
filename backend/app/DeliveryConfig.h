#pragma once

#include "notify/SmsGatewaySettings.h"
#include "notify/SmtpSettings.h"

namespace Poco::Util {
class AbstractConfiguration;
}

namespace castellan {

class ConfigReader;

/// Reads the smtp.* keys (from the configuration file, or from the settings an administrator stored, laid out
/// as the same keys); each bad key is one failure on `read`.
SmtpSettings readSmtp(ConfigReader& read, const Poco::Util::AbstractConfiguration& config);
/// Reads the sms.gateway.* keys likewise.
void readSmsGateway(ConfigReader& read, SmsGatewaySettings& sms);

} // namespace castellan
