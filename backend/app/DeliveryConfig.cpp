#include "app/DeliveryConfig.h"

#include "app/ConfigReader.h"
#include "notify/GatewayTemplate.h"
#include "validation/EmailAddress.h"

#include <Poco/String.h>
#include <Poco/URI.h>

namespace castellan {
namespace {

// smtp.from is "address" or "Display Name <address>".
void checkSender(ConfigReader& read, const std::string& from)
{
    const std::size_t open = from.rfind('<');
    const std::size_t close = from.rfind('>');
    std::string address = from;
    if (open != std::string::npos) {
        address = close != std::string::npos && close > open ? from.substr(open + 1, close - open - 1) : "";
    }
    if (from.find_first_of("\r\n") != std::string::npos || !EmailAddress::normalise(address)) {
        read.fail("smtp.from", "must be an address or 'Name <address>' (got '" + from + "')");
    }
}

// sms.gateway.url is a template; it must be an http(s) URL once its placeholders are filled in.
void checkGatewayUrl(ConfigReader& read, const std::string& url)
{
    const std::string sample =
        GatewayTemplate::expand(url, {{"phone", "+900000000000"}, {"phone_digits", "900000000000"}, {"message", "x"}},
                                GatewayTemplate::Encoding::Percent);
    try {
        Poco::URI uri(sample);
        if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty()) {
            read.fail("sms.gateway.url", "must be an http:// or https:// URL with a host (got '" + url + "')");
        }
    } catch (const Poco::Exception&) {
        read.fail("sms.gateway.url", "is not a valid URL (got '" + url + "')");
    }
}

} // namespace

void readSmsGateway(ConfigReader& read, SmsGatewaySettings& sms)
{
    sms.url = read.text("sms.gateway.url", "");
    if (sms.url.empty()) {
        // Settings without a URL would silently send nothing.
        for (const char* key : {"sms.gateway.method", "sms.gateway.body", "sms.gateway.content_type",
                                "sms.gateway.headers", "sms.gateway.success_status", "sms.gateway.success_body",
                                "sms.gateway.timeout_seconds", "sms.gateway.ca_file"}) {
            if (read.has(key)) {
                read.fail("sms.gateway.url", std::string("is required when ") + key + " is set");
                return;
            }
        }
        return;
    }
    checkGatewayUrl(read, sms.url);
    sms.method = Poco::toUpper(read.oneOf("sms.gateway.method", "post", {"get", "post"}));
    sms.bodyTemplate = read.text("sms.gateway.body", "");
    const std::string both = sms.url + "\n" + sms.bodyTemplate;
    if (!GatewayTemplate::mentions(both, "message")) {
        read.fail("sms.gateway.body", "must contain {message} (or sms.gateway.url must)");
    }
    if (!GatewayTemplate::mentions(both, "phone") && !GatewayTemplate::mentions(both, "phone_digits")) {
        read.fail("sms.gateway.body", "must contain {phone} or {phone_digits} (or sms.gateway.url must)");
    }
    sms.contentType = read.text("sms.gateway.content_type", "");
    if (sms.contentType.find_first_of("\r\n") != std::string::npos) {
        read.fail("sms.gateway.content_type", "must be one line");
    } else if (sms.method == "POST" && !sms.bodyTemplate.empty() && sms.contentType.empty()) {
        read.fail("sms.gateway.content_type", "is required with a POST body (application/json, "
                                              "application/x-www-form-urlencoded, application/xml, text/plain)");
    }
    if (auto headers = SmsGatewaySettings::parseHeaders(read.text("sms.gateway.headers", ""))) {
        sms.headers = std::move(headers.value());
    } else {
        read.fail("sms.gateway.headers", headers.error().message);
    }
    const std::string status = read.text("sms.gateway.success_status", "2xx");
    if (auto parsed = StatusCodeSet::parse(status)) {
        sms.successStatus = *parsed;
    } else {
        read.fail("sms.gateway.success_status",
                  "must list status codes (200) or classes (2xx), separated by commas (got '" + status + "')");
    }
    if (auto body = sms.setSuccessBody(read.text("sms.gateway.success_body", "")); !body) {
        read.fail("sms.gateway.success_body", body.error().message);
    }
    sms.timeoutSeconds = read.integer("sms.gateway.timeout_seconds", sms.timeoutSeconds, 1, 120);
    sms.caFile = read.readableFile("sms.gateway.ca_file");
}

SmtpSettings readSmtp(ConfigReader& read, const Poco::Util::AbstractConfiguration& config)
{
    SmtpSettings smtp;
    smtp.host = read.text("smtp.host", "");
    smtp.port = read.integer("smtp.port", smtp.port, 1, 65535);
    smtp.user = read.text("smtp.user", "");
    smtp.password = config.getRawString("smtp.password", "");
    smtp.from = read.text("smtp.from", "");
    smtp.startTls = read.boolean("smtp.starttls", smtp.startTls);
    smtp.caFile = read.readableFile("smtp.ca_file");
    smtp.timeoutSeconds = read.integer("smtp.timeout_seconds", smtp.timeoutSeconds, 1, 300);
    if (!smtp.host.empty() && smtp.from.empty()) {
        read.fail("smtp.from", "is required when smtp.host is set");
    } else if (!smtp.from.empty()) {
        checkSender(read, smtp.from);
    }
    return smtp;
}

} // namespace castellan
