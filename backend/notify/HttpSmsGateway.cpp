#include "notify/HttpSmsGateway.h"

#include "notify/TlsClientContext.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/URI.h>

#include <algorithm>
#include <memory>

namespace castellan {
namespace {

const char* const kClientMessage = "The text message could not be sent";

bool isE164(const std::string& phone)
{
    return phone.size() >= 9 && phone.size() <= 16 && phone[0] == '+' && phone[1] != '0' &&
           std::all_of(phone.begin() + 1, phone.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A short, single-line excerpt of a gateway answer for the log.
std::string excerpt(const std::string& body)
{
    constexpr std::size_t kMax = 200;
    std::string out = body.substr(0, kMax);
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    if (body.size() > kMax) {
        out += "...";
    }
    return out;
}

} // namespace

HttpSmsGateway::HttpSmsGateway(SmsGatewaySettings settings) : m_settings(std::move(settings))
{
    if (m_settings.successBodyIsRegex) {
        m_successPattern.emplace(m_settings.successBody, std::regex::ECMAScript);
    }
    Poco::URI uri(m_settings.url);
    m_displayUrl = uri.getScheme() + "://" + uri.getHost() + ":" + std::to_string(uri.getPort()) + uri.getPath();
    if (uri.getScheme() == "https") {
        m_tls = TlsClientContext::create(m_settings.caFile);
    }
}

Result<void> HttpSmsGateway::send(const std::string& e164Phone, const std::string& text)
{
    if (!isE164(e164Phone)) {
        return Error::of(ErrorCode::InvalidInput, "The phone number is not in international format",
                         "SMS refused: destination is not an E.164 number");
    }
    const SmsGatewayRequest request = SmsGatewayRequest::render(m_settings, e164Phone, text);
    Answer answer;
    try {
        answer = exchange(request);
    } catch (const Poco::TimeoutException&) {
        return failure("no answer within " + std::to_string(m_settings.timeoutSeconds) + " s");
    } catch (const Poco::Net::SSLException& e) {
        return failure("TLS failed: " + e.displayText());
    } catch (const Poco::Exception& e) {
        return failure(e.displayText());
    }
    if (!m_settings.successStatus.contains(answer.status)) {
        return failure("answered " + std::to_string(answer.status) + " " + answer.reason + " (expected " +
                       m_settings.successStatus.text() + "): " + excerpt(answer.body));
    }
    if (!bodyAccepted(answer.body)) {
        return failure("answered " + std::to_string(answer.status) + " without the expected " +
                       std::string(m_settings.successBodyIsRegex ? "match of /" : "text '") + m_settings.successBody +
                       (m_settings.successBodyIsRegex ? "/" : "'") + ": " + excerpt(answer.body));
    }
    return {};
}

HttpSmsGateway::Answer HttpSmsGateway::exchange(const SmsGatewayRequest& request)
{
    Poco::URI uri(request.url);
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (m_tls) {
        session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), m_tls);
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    }
    const Poco::Timespan timeout(m_settings.timeoutSeconds, 0);
    session->setTimeout(timeout, timeout, timeout);
    session->setKeepAlive(false);

    Poco::Net::HTTPRequest http(request.method, uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
    http.set("User-Agent", "Castellan-MFA");
    for (const auto& [name, value] : request.headers) {
        http.set(name, value);
    }
    if (request.method == "POST") {
        if (!request.contentType.empty()) {
            http.setContentType(request.contentType);
        }
        http.setContentLength(static_cast<std::streamsize>(request.body.size()));
        session->sendRequest(http) << request.body;
    } else {
        session->sendRequest(http);
    }

    Poco::Net::HTTPResponse response;
    std::istream& in = session->receiveResponse(response);
    Answer answer;
    answer.status = static_cast<int>(response.getStatus());
    answer.reason = response.getReason();
    answer.body.resize(kMaxAnswerBytes);
    in.read(answer.body.data(), static_cast<std::streamsize>(answer.body.size()));
    answer.body.resize(static_cast<std::size_t>(in.gcount()));
    return answer;
}

bool HttpSmsGateway::bodyAccepted(const std::string& body) const
{
    if (m_settings.successBody.empty()) {
        return true;
    }
    if (m_successPattern) {
        return std::regex_search(body, *m_successPattern);
    }
    return body.find(m_settings.successBody) != std::string::npos;
}

Error HttpSmsGateway::failure(const std::string& detail) const
{
    return Error::of(ErrorCode::Unavailable, kClientMessage, "SMS gateway " + m_displayUrl + ": " + detail);
}

} // namespace castellan
