#include "saml/BackChannelLogout.h"

#include "notify/TlsClientContext.h"
#include "saml/AssertionSigner.h"
#include "saml/IdpKeyStore.h"
#include "saml/LogoutMessages.h"
#include "saml/SamlText.h"
#include "saml/ServiceProviderRepository.h"
#include "saml/SsoSessionRepository.h"
#include "store/AuditLog.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <memory>
#include <optional>

namespace castellan {

BackChannelLogout::BackChannelLogout(ServiceProviderRepository& providers, IdpKeyStore& keys, AuditLog& audit,
                                     const Clock& clock)
    : m_providers(providers), m_keys(keys), m_audit(audit), m_clock(clock), m_tls(TlsClientContext::create({}))
{}

bool BackChannelLogout::send(const std::string& url, const std::string& envelope, std::string& outcome)
{
    try {
        const Poco::URI uri(url);
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https") {
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), m_tls);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        }
        const Poco::Timespan timeout(kTimeoutSeconds, 0);
        session->setTimeout(timeout, timeout, timeout);
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setContentType("text/xml; charset=utf-8");
        request.set("SOAPAction", "http://www.oasis-open.org/committees/security");
        request.setContentLength(static_cast<std::streamsize>(envelope.size()));
        session->sendRequest(request) << envelope;
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::string body;
        char buffer[8192];
        while (in && body.size() <= kMaxResponseBytes) {
            in.read(buffer, sizeof buffer);
            body.append(buffer, static_cast<size_t>(in.gcount()));
        }
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
            outcome = "HTTP " + std::to_string(response.getStatus());
            return false;
        }
        auto answer = saml::parseLogoutResponse(body);
        if (!answer) {
            outcome = answer.error().message;
            return false;
        }
        outcome = "LogoutResponse " + answer->statusCode;
        return answer->success();
    } catch (const Poco::Exception& e) {
        outcome = e.displayText();
    } catch (const std::exception& e) {
        outcome = e.what();
    }
    return false;
}

int BackChannelLogout::notify(const std::string& username, const std::vector<SsoParticipant>& participants,
                              const std::string& sourceIp)
{
    int confirmed = 0;
    std::optional<SigningKeyPair> key;
    for (const SsoParticipant& p : participants) {
        auto sp = m_providers.findById(p.spId);
        if (!sp || !sp->enabled || sp->metadata.sloSoapUrl.empty() || p.idpEntityId.empty()) {
            continue;
        }
        const std::string xml =
            saml::buildLogoutRequest(p.idpEntityId, sp->metadata.sloSoapUrl, p.nameId, sp->nameIdFormat, p.sessionIndex,
                                     saml::newId(), m_clock.nowSeconds());
        std::string outcome;
        bool ok = false;
        if (!key) {
            key = m_keys.active(); // only when some SP takes back-channel logouts
        }
        if (auto signedXml = saml::signMessage(xml, key->privateKeyPem, key->certificatePem)) {
            std::string message = *signedXml;
            if (message.rfind("<?xml", 0) == 0) {
                message.erase(0, message.find("?>") + 2); // the declaration may not sit inside the envelope
            }
            ok = send(sp->metadata.sloSoapUrl,
                      "<soap-env:Envelope xmlns:soap-env=\"" + std::string(saml::kSoapEnvelopeNs) +
                          "\"><soap-env:Body>" + message + "</soap-env:Body></soap-env:Envelope>",
                      outcome);
        } else {
            outcome = signedXml.error().message;
        }
        confirmed += ok ? 1 : 0;
        m_audit.record({.channel = "saml",
                        .event = "saml.slo",
                        .actor = username,
                        .username = username,
                        .client = sp->metadata.entityId,
                        .result = ok ? "success" : "failure",
                        .reason = "back-channel (SOAP) logout: " + outcome,
                        .sourceIp = sourceIp});
    }
    return confirmed;
}

} // namespace castellan
