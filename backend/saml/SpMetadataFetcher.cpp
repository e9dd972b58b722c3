#include "saml/SpMetadataFetcher.h"

#include "notify/TlsClientContext.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/URI.h>

#include <chrono>
#include <sstream>

namespace castellan {
namespace {

using Clock = std::chrono::steady_clock;

Error refusal(const std::string& field, const std::string& reason)
{
    return Error::invalid({{field, reason}});
}

/// Every certificate in `pem` added to the context's trusted authorities; how many.
int trustCertificates(Poco::Net::Context& context, const std::string& pem)
{
    static const std::string kEnd = "-----END CERTIFICATE-----";
    int added = 0;
    for (std::size_t begin = pem.find("-----BEGIN CERTIFICATE-----"); begin != std::string::npos;
         begin = pem.find("-----BEGIN CERTIFICATE-----", begin + 1)) {
        const std::size_t end = pem.find(kEnd, begin);
        if (end == std::string::npos) {
            break;
        }
        std::istringstream block(pem.substr(begin, end + kEnd.size() - begin) + "\n");
        context.addCertificateAuthority(Poco::Crypto::X509Certificate(block));
        ++added;
    }
    return added;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

std::string hostAndPort(const Poco::URI& uri)
{
    return uri.getHost() + ":" + std::to_string(uri.getPort());
}

} // namespace

Result<std::string> SpMetadataFetcher::fetch(const std::string& url, const std::string& extraCaPem) const
{
    const std::string field = "metadata_url";
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception&) {
        return refusal(field, "is not a valid URL");
    }
    if (uri.getScheme() != "https" || uri.getHost().empty()) {
        return refusal(field, "must be an https:// URL (the metadata must come over a verified TLS connection)");
    }
    Poco::Net::Context::Ptr tls;
    try {
        tls = TlsClientContext::create({});
        if (!extraCaPem.empty() && trustCertificates(*tls, extraCaPem) == 0) {
            return refusal("metadata_ca_pem", "must hold one or more PEM certificates (-----BEGIN CERTIFICATE-----)");
        }
    } catch (const Poco::Exception& e) {
        return refusal("metadata_ca_pem", "is not a usable PEM certificate: " + e.displayText());
    }
    const auto deadline = Clock::now() + std::chrono::seconds(kTimeoutSeconds);
    const std::string timeUp =
        "no complete answer from " + uri.getHost() + " within " + std::to_string(kTimeoutSeconds) + " s";
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        const std::string where = hostAndPort(uri);
        try {
            Poco::Net::HTTPSClientSession session(uri.getHost(), uri.getPort(), tls);
            const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
            if (left.count() <= 0) {
                return refusal(field, timeUp);
            }
            const Poco::Timespan timeout(left.count());
            session.setTimeout(timeout, timeout, timeout);
            const std::string path = uri.getPathAndQuery().empty() ? "/" : uri.getPathAndQuery();
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Accept", "application/samlmetadata+xml, application/xml, text/xml");
            session.sendRequest(request);
            Poco::Net::HTTPResponse response;
            std::istream& in = session.receiveResponse(response);
            const int status = response.getStatus();
            if (isRedirect(status)) {
                const Poco::URI next(uri, response.get("Location", ""));
                if (next.getScheme() != "https") {
                    return refusal(field, "redirects to " + next.toString() + ", which is not https");
                }
                uri = next;
                continue;
            }
            if (status != Poco::Net::HTTPResponse::HTTP_OK) {
                return refusal(field, where + " answered HTTP " + std::to_string(status) + " " + response.getReason());
            }
            if (response.hasContentLength() && response.getContentLength64() > static_cast<Poco::Int64>(kMaxBytes)) {
                return refusal(field, "the document is larger than 1 MiB");
            }
            std::string body;
            char buffer[16384];
            while (in) {
                in.read(buffer, sizeof buffer);
                body.append(buffer, static_cast<std::size_t>(in.gcount()));
                if (body.size() > kMaxBytes) {
                    return refusal(field, "the document is larger than 1 MiB");
                }
                if (Clock::now() > deadline) {
                    return refusal(field, timeUp);
                }
            }
            return body;
        } catch (const Poco::Net::DNSException&) {
            return refusal(field, "the host name " + uri.getHost() + " was not found (DNS)");
        } catch (const Poco::TimeoutException&) {
            return refusal(field, timeUp);
        } catch (const Poco::Net::ConnectionRefusedException&) {
            return refusal(field, "the connection to " + where + " was refused");
        } catch (const Poco::Net::SSLException& e) {
            return refusal(field, "TLS with " + where + " failed: " + e.displayText());
        } catch (const Poco::Exception& e) {
            return refusal(field, "fetching from " + where + " failed: " + e.displayText());
        }
    }
    return refusal(field, "more than " + std::to_string(kMaxRedirects) + " redirects");
}

} // namespace castellan
