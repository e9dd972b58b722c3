#include "notify/TlsClientContext.h"

#include <Poco/Net/SSLManager.h>

#include <mutex>

namespace castellan {

Poco::Net::Context::Ptr TlsClientContext::create(const std::string& caFile, const std::string& certFile,
                                                 const std::string& keyFile)
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });

    Poco::Net::Context::Params params;
    params.caLocation = caFile;
    params.certificateFile = certFile;
    params.privateKeyFile = keyFile;
    params.loadDefaultCAs = true;
    // Strict: Poco's relaxed mode skips the host name check for loopback peers.
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.verificationDepth = 9;
    params.cipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES";
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3 |
                              Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    return context;
}

} // namespace castellan
