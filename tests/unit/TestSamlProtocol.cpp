#include "crypto/Base64.h"
#include "saml/AssertionSigner.h"
#include "saml/AuthnRequest.h"
#include "saml/EnvelopedSignature.h"
#include "saml/LogoutMessages.h"
#include "saml/RedirectBinding.h"
#include "saml/SamlResponse.h"
#include "saml/SamlText.h"
#include "saml/SigningKeyPair.h"
#include "saml/SpMetadata.h"

#include <Poco/URI.h>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <zlib.h>

#include <QtTest>

using namespace castellan;
using namespace castellan::saml;

namespace {

const std::string kRequest =
    R"(<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" )"
    R"(xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_abc123" Version="2.0" )"
    R"(IssueInstant="2026-11-24T17:30:00Z" AssertionConsumerServiceURL="https://sp.example.test/acs" )"
    R"(ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>https://sp.example.test</saml:Issuer>)"
    R"(<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"/></samlp:AuthnRequest>)";

std::string spMetadata(const std::string& descriptorAttributes, const std::string& inside)
{
    return R"(<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" )"
           R"(xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://sp.example.test">)"
           R"(<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" )" +
           descriptorAttributes + ">" + inside + "</md:SPSSODescriptor></md:EntityDescriptor>";
}

const std::string kPostAcs = R"(<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" )"
                             R"(Location="https://sp.example.test/acs" index="0"/>)";

std::string rawDeflate(const std::string& text)
{
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    std::string out(text.size() + 64, '\0');
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    s.avail_in = static_cast<uInt>(text.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    deflate(&s, Z_FINISH);
    out.resize(s.total_out);
    deflateEnd(&s);
    return out;
}

std::string base64(const std::string& bytes)
{
    return Base64::encode(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
}

std::string encoded(const std::string& text)
{
    std::string out;
    Poco::URI::encode(text, "+/=&?", out);
    return out;
}

std::string signWith(const EVP_MD* digest, const std::string& keyPem, const std::string& text)
{
    BIO* bio = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    size_t size = 0;
    EVP_DigestSignInit(ctx, nullptr, digest, nullptr, key);
    EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    std::string signature(size, '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &size,
                   reinterpret_cast<const unsigned char*>(text.data()), text.size());
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    signature.resize(size);
    return signature;
}

std::string rsaSha256(const std::string& keyPem, const std::string& text)
{
    return signWith(EVP_sha256(), keyPem, text);
}

bool verified(const SignatureVerdict& verdict)
{
    return verdict.kind == SignatureVerdict::Kind::Verified;
}

} // namespace

/// The IdP's protocol functions over strings (SAML core, bindings and metadata): AuthnRequest parsing, the
/// redirect binding's DEFLATE and query signature, SP metadata, xs:dateTime, and XML that must never be trusted.
class TestSamlProtocol : public QObject
{
    Q_OBJECT
private slots:
    void testAuthnRequestFieldsAreRead()
    {
        auto r = parseAuthnRequest(kRequest);
        QVERIFY(r);
        QCOMPARE(r->id, std::string("_abc123"));
        QCOMPARE(r->issuer, std::string("https://sp.example.test"));
        QCOMPARE(r->issueInstant, std::int64_t(parseInstant("2026-11-24T17:30:00Z")));
        QCOMPARE(r->acsUrl, std::string("https://sp.example.test/acs"));
        QCOMPARE(r->nameIdFormat, std::string(kNameIdEmail));
        QVERIFY(!r->forceAuthn && !r->isPassive);
        std::string flagged = kRequest;
        flagged.replace(flagged.find(" Version="), 1, " ForceAuthn=\"true\" IsPassive=\"1\" ");
        auto f = parseAuthnRequest(flagged);
        QVERIFY(f);
        QVERIFY(f->forceAuthn && f->isPassive);
    }

    void testIdpLogoutRequestsAndSpLogoutResponses()
    {
        const std::string request =
            buildLogoutRequest("https://idp", "https://sp/slo", "alice", kNameIdUnspecified, "_s1", "_q1", 100);
        QVERIFY(request.find("NotOnOrAfter=\"1970-01-01T00:06:40Z\"") != std::string::npos);
        QVERIFY(request.find(">alice</saml:NameID><samlp:SessionIndex>_s1<") != std::string::npos);
        // Signed for HTTP-POST: the enveloped signature covers the whole message and verifies.
        auto pair = SigningKeyPair::generate("idp");
        QVERIFY(pair);
        auto signedRequest = signMessage(request, pair->privateKeyPem, pair->certificatePem);
        QVERIFY(signedRequest);
        QVERIFY(signedRequest->find("<ds:Reference URI=\"#_q1\">") != std::string::npos);
        QVERIFY(verifyEnvelopedSignature(*signedRequest, SigningKeyPair::certificateBase64(pair->certificatePem)));

        const std::string partial = buildLogoutResponse("https://idp", "https://sp/slo", "_l1", "_r1", 0,
                                                        "urn:oasis:names:tc:SAML:2.0:status:Success",
                                                        "urn:oasis:names:tc:SAML:2.0:status:PartialLogout");
        auto parsed = parseLogoutResponse(partial);
        QVERIFY(parsed);
        QCOMPARE(parsed->inResponseTo, std::string("_l1"));
        QCOMPARE(parsed->issuer, std::string("https://idp"));
        QVERIFY(parsed->success());
        QVERIFY(partial.find("status:PartialLogout\"/></samlp:StatusCode>") != std::string::npos);
        auto denied = parseLogoutResponse(buildLogoutResponse("https://sp", "https://idp/saml/logout", "_q1", "_r2", 0,
                                                              "urn:oasis:names:tc:SAML:2.0:status:Requester"));
        QVERIFY(denied && !denied->success());
        QVERIFY(!parseLogoutResponse(request));
        // Over the back channel it arrives in a SOAP envelope.
        auto soap = parseLogoutResponse("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>" +
                                        partial + "</e:Body></e:Envelope>");
        QVERIFY(soap && soap->inResponseTo == "_l1" && soap->success());
        QVERIFY(!parseLogoutResponse("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body>" +
                                     request + "</e:Body></e:Envelope>"));
        QVERIFY(!parseLogoutResponse("<samlp:LogoutResponse xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\"/>"));

        // A Response that refuses (IsPassive): no Assertion, both status levels.
        const std::string noPassive = buildStatusResponse(
            "https://idp", "https://sp/acs", "_a1", "_r3", 0, "urn:oasis:names:tc:SAML:2.0:status:Responder",
            "urn:oasis:names:tc:SAML:2.0:status:NoPassive", "not signed in");
        QVERIFY(noPassive.find("<saml:Assertion") == std::string::npos);
        QVERIFY(noPassive.find("status:NoPassive\"/></samlp:StatusCode><samlp:StatusMessage>not signed in<") !=
                std::string::npos);
    }

    void testMalformedAuthnRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("not xml") << "not xml";
        QTest::newRow("empty") << "";
        QTest::newRow("another element") << "<x/>";
        QTest::newRow("no issuer") << QString::fromStdString(kRequest).replace(
            "<saml:Issuer>https://sp.example.test</saml:Issuer>", "");
        QTest::newRow("no ID") << QString::fromStdString(kRequest).replace("ID=\"_abc123\"", "");
        QTest::newRow("SAML 1.1") << QString::fromStdString(kRequest).replace("Version=\"2.0\"", "Version=\"1.1\"");
        QTest::newRow("bad instant") << QString::fromStdString(kRequest).replace("2026-11-24T17:30:00Z", "yesterday");
        QTest::newRow("external entity (XXE)") << "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
                                                      QString::fromStdString(kRequest).replace(
                                                          "https://sp.example.test</saml:Issuer>", "&x;</saml:Issuer>");
        QTest::newRow("entity expansion") << "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>" +
                                                 QString::fromStdString(kRequest);
    }
    void testMalformedAuthnRequestsAreRefused()
    {
        QFETCH(QString, xml);
        QVERIFY(!parseAuthnRequest(xml.toStdString()));
    }

    void testRedirectMessageInflates()
    {
        QCOMPARE(decodeRedirectMessage(base64(rawDeflate(kRequest))).value(), kRequest);
        QVERIFY(!decodeRedirectMessage("not base64!"));
        QVERIFY(!decodeRedirectMessage(base64("not deflated")));
        QVERIFY(!decodeRedirectMessage(""));
        // A small message that inflates past the limit (a deflate bomb) is refused.
        QVERIFY(!decodeRedirectMessage(base64(rawDeflate(std::string(1 << 20, 'a'))), 256 * 1024));
        QCOMPARE(decodePostMessage(base64(kRequest)).value(), kRequest);
    }

    void testRedirectSignatureCoversTheQueryAsSent()
    {
        auto pair = SigningKeyPair::generate("sp.example.test");
        QVERIFY(pair);
        const std::string cert = SigningKeyPair::certificateBase64(pair->certificatePem);
        const std::string query = "SAMLRequest=" + encoded(base64(rawDeflate(kRequest))) +
                                  "&RelayState=" + encoded("back/to?here") +
                                  "&SigAlg=" + encoded("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        const std::string signature = encoded(base64(rsaSha256(pair->privateKeyPem, query)));
        QVERIFY(verified(verifyRedirectSignature(query + "&Signature=" + signature, cert, false)));
        QVERIFY(!verified(verifyRedirectSignature(query + "X&Signature=" + signature, cert, false)));
        QVERIFY(!verified(verifyRedirectSignature(query, cert, false)));
        auto other = SigningKeyPair::generate("other");
        QVERIFY(!verified(verifyRedirectSignature(query + "&Signature=" + signature,
                                                  SigningKeyPair::certificateBase64(other->certificatePem), false)));
    }

    void testRedirectSha1IsRefusedByNameUnlessAllowed()
    {
        auto pair = SigningKeyPair::generate("sp.example.test");
        QVERIFY(pair);
        const std::string cert = SigningKeyPair::certificateBase64(pair->certificatePem);
        const std::string sha1 = "SAMLRequest=" + encoded(base64(rawDeflate(kRequest))) +
                                 "&SigAlg=" + encoded("http://www.w3.org/2000/09/xmldsig#rsa-sha1");
        const std::string signedSha1 =
            sha1 + "&Signature=" + encoded(base64(signWith(EVP_sha1(), pair->privateKeyPem, sha1)));
        const SignatureVerdict refused = verifyRedirectSignature(signedSha1, cert, false);
        QCOMPARE(int(refused.kind), int(SignatureVerdict::Kind::Sha1NotAllowed));
        QCOMPARE(refused.algorithm, std::string("RSA-SHA1"));
        QCOMPARE(signatureRefusal(refused, "SP X"),
                 std::string("The request is signed with RSA-SHA1, which this identity provider does not accept for SP "
                             "SP X: configure the SP to sign with RSA-SHA256 (digest SHA-256), or allow SHA-1 for this "
                             "SP."));
        QVERIFY(verified(verifyRedirectSignature(signedSha1, cert, true)));
        // A SHA-256 signature under a SHA-1 SigAlg does not verify even when SHA-1 is allowed.
        QVERIFY(!verified(verifyRedirectSignature(
            sha1 + "&Signature=" + encoded(base64(rsaSha256(pair->privateKeyPem, sha1))), cert, true)));
        const std::string unknown = "SAMLRequest=" + encoded(base64(rawDeflate(kRequest))) +
                                    "&SigAlg=" + encoded("http://www.w3.org/2000/09/xmldsig#dsa-sha1");
        const SignatureVerdict strange =
            verifyRedirectSignature(unknown + "&Signature=" + encoded(base64("x")), cert, true);
        QCOMPARE(int(strange.kind), int(SignatureVerdict::Kind::UnknownAlgorithm));
        QVERIFY(signatureRefusal(strange, "SP X").find("dsa-sha1") != std::string::npos);
    }

    void testRedirectSha512AndEcdsaAreAccepted()
    {
        auto pair = SigningKeyPair::generate("sp.example.test");
        QVERIFY(pair);
        const std::string sha512 = "SAMLRequest=" + encoded(base64(rawDeflate(kRequest))) +
                                   "&SigAlg=" + encoded("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");
        QVERIFY(verified(verifyRedirectSignature(
            sha512 + "&Signature=" + encoded(base64(signWith(EVP_sha512(), pair->privateKeyPem, sha512))),
            SigningKeyPair::certificateBase64(pair->certificatePem), false)));
        // An ECDSA P-256 key and its self-signed certificate, made with OpenSSL.
        EVP_PKEY* ec = EVP_EC_gen("P-256");
        QVERIFY(ec);
        X509* x509 = X509_new();
        X509_set_version(x509, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x509), 1);
        X509_gmtime_adj(X509_getm_notBefore(x509), 0);
        X509_gmtime_adj(X509_getm_notAfter(x509), 3600);
        X509_set_pubkey(x509, ec);
        X509_NAME_add_entry_by_txt(X509_get_subject_name(x509), "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("ec-sp"), -1, -1, 0);
        X509_set_issuer_name(x509, X509_get_subject_name(x509));
        X509_sign(x509, ec, EVP_sha256());
        unsigned char* der = nullptr;
        const int derSize = i2d_X509(x509, &der);
        const std::string cert = base64(std::string(reinterpret_cast<char*>(der), static_cast<size_t>(derSize)));
        OPENSSL_free(der);
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, ec, nullptr, nullptr, 0, nullptr, nullptr);
        char* pem = nullptr;
        const long pemSize = BIO_get_mem_data(bio, &pem);
        const std::string keyPem(pem, static_cast<size_t>(pemSize));
        BIO_free(bio);
        X509_free(x509);
        EVP_PKEY_free(ec);
        const std::string ecdsa = "SAMLRequest=" + encoded(base64(rawDeflate(kRequest))) +
                                  "&SigAlg=" + encoded("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        QVERIFY(verified(verifyRedirectSignature(
            ecdsa + "&Signature=" + encoded(base64(signWith(EVP_sha256(), keyPem, ecdsa))), cert, false)));
    }

    void testIdpRedirectQueriesAreSignedAndDeflated()
    {
        auto pair = SigningKeyPair::generate("idp");
        QVERIFY(pair);
        const std::string query = signedRedirectQuery("SAMLRequest", kRequest, "back/to?here", pair->privateKeyPem);
        QVERIFY(query.find("&RelayState=back%2Fto%3Fhere&SigAlg=") != std::string::npos);
        QVERIFY(
            verified(verifyRedirectSignature(query, SigningKeyPair::certificateBase64(pair->certificatePem), false)));
        std::string message;
        Poco::URI::decode(query.substr(12, query.find('&') - 12), message);
        QCOMPARE(decodeRedirectMessage(message).value(), kRequest);
    }

    void testLogoutMessages()
    {
        auto r = parseLogoutRequest(
            R"(<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" )"
            R"(xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_l1" Version="2.0" )"
            R"(IssueInstant="2026-11-24T17:30:00Z"><saml:Issuer>https://sp.example.test</saml:Issuer>)"
            R"(<saml:NameID>alice@example.test</saml:NameID><samlp:SessionIndex>_s1</samlp:SessionIndex>)"
            R"(<samlp:SessionIndex>_s2</samlp:SessionIndex></samlp:LogoutRequest>)");
        QVERIFY(r);
        QCOMPARE(r->id, std::string("_l1"));
        QCOMPARE(r->issuer, std::string("https://sp.example.test"));
        QCOMPARE(r->nameId, std::string("alice@example.test"));
        QCOMPARE(r->sessionIndexes, (std::vector<std::string>{"_s1", "_s2"}));
        QVERIFY(!parseLogoutRequest(kRequest));
        const std::string response = buildLogoutResponse("https://idp", "https://sp/slo?a=1&b=2", "_l1", "_r1", 0);
        QVERIFY(response.find("Destination=\"https://sp/slo?a=1&amp;b=2\" InResponseTo=\"_l1\"") != std::string::npos);
        QVERIFY(response.find("status:Success") != std::string::npos);
    }

    void testEnvelopedSignatureMustCoverTheWholeMessage()
    {
        // A signed Response from our own signer stands in for a signed request: same rules (SAML core §5.4).
        auto pair = SigningKeyPair::generate("sp");
        QVERIFY(pair);
        ResponseContent content;
        content.idpEntityId = "https://idp";
        content.spEntityId = "https://sp";
        content.acsUrl = "https://sp/acs";
        content.nameId = "alice";
        content.nameIdFormat = kNameIdUnspecified;
        const std::string cert = SigningKeyPair::certificateBase64(pair->certificatePem);
        auto signedXml = signAssertion(buildResponse(content, "_resp", "_assert"), "_assert", pair->privateKeyPem,
                                       pair->certificatePem);
        QVERIFY(signedXml);
        QVERIFY(signedXml->find("<ds:Reference URI=\"#_assert\">") != std::string::npos);
        QVERIFY(signedXml->find("xml-exc-c14n#") != std::string::npos);
        QVERIFY(signedXml->find("rsa-sha256") != std::string::npos);
        // The signature sits in the Assertion, not under the root: as a request it does not count (wrapping).
        QVERIFY(!verifyEnvelopedSignature(*signedXml, cert));
        // The Assertion alone, as a root element, verifies; altered, or with another certificate, it does not.
        const size_t start = signedXml->find("<saml:Assertion");
        const std::string assertion = signedXml->substr(start, signedXml->find("</saml:Assertion>") + 17 - start);
        QVERIFY(verifyEnvelopedSignature(assertion, cert));
        std::string altered = assertion;
        altered.replace(altered.find(">alice<"), 7, ">mallory<");
        QVERIFY(!verifyEnvelopedSignature(altered, cert));
        auto other = SigningKeyPair::generate("other");
        QVERIFY(!verifyEnvelopedSignature(assertion, SigningKeyPair::certificateBase64(other->certificatePem)));
        QVERIFY(!verifyEnvelopedSignature(kRequest, cert));
    }

    void testResponseSigningCoversAssertionResponseOrBoth()
    {
        auto pair = SigningKeyPair::generate("idp");
        QVERIFY(pair);
        ResponseContent content;
        content.idpEntityId = "https://idp";
        content.spEntityId = "https://sp";
        content.acsUrl = "https://sp/acs";
        content.nameId = "alice";
        content.nameIdFormat = kNameIdUnspecified;
        const std::string cert = SigningKeyPair::certificateBase64(pair->certificatePem);
        const std::string xml = buildResponse(content, "_resp", "_assert");
        auto count = [](const std::string& text, const std::string& what) {
            size_t n = 0;
            for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
                ++n;
            }
            return n;
        };
        auto responseOnly = signResponse(xml, "_assert", ResponseSigning::of("response", "rsa-sha512"),
                                         pair->privateKeyPem, pair->certificatePem);
        QVERIFY(responseOnly);
        QCOMPARE(count(*responseOnly, "</ds:Signature>"), size_t(1));
        QVERIFY(responseOnly->find("<ds:Reference URI=\"#_resp\">") != std::string::npos);
        QVERIFY(responseOnly->find("xmldsig-more#rsa-sha512") != std::string::npos);
        QVERIFY(responseOnly->find("xmlenc#sha512") != std::string::npos);
        QVERIFY(verified(checkEnvelopedSignature(*responseOnly, cert, false)));
        auto both = signResponse(xml, "_assert", ResponseSigning::of("both", "rsa-sha384"), pair->privateKeyPem,
                                 pair->certificatePem);
        QVERIFY(both);
        QCOMPARE(count(*both, "</ds:Signature>"), size_t(2));
        QVERIFY(verified(checkEnvelopedSignature(*both, cert, false)));
        const size_t start = both->find("<saml:Assertion");
        QVERIFY(verifyEnvelopedSignature(both->substr(start, both->find("</saml:Assertion>") + 17 - start), cert));
        auto assertionOnly = signResponse(xml, "_assert", ResponseSigning::of("assertion", "rsa-sha256"),
                                          pair->privateKeyPem, pair->certificatePem);
        QVERIFY(assertionOnly);
        QCOMPARE(count(*assertionOnly, "</ds:Signature>"), size_t(1));
        QVERIFY(assertionOnly->find("<ds:Reference URI=\"#_assert\">") != std::string::npos);
    }

    void testPostSignatureWithSha1DigestIsRefusedUnlessAllowed()
    {
        auto pair = SigningKeyPair::generate("sp");
        QVERIFY(pair);
        const std::string cert = SigningKeyPair::certificateBase64(pair->certificatePem);
        auto signedRequest = signMessage(kRequest, pair->privateKeyPem, pair->certificatePem);
        QVERIFY(signedRequest);
        QVERIFY(verified(checkEnvelopedSignature(*signedRequest, cert, false)));
        // The SignedInfo names SHA-1: refused by name before any verification (the signature would not verify).
        std::string sha1 = *signedRequest;
        sha1.replace(sha1.find("http://www.w3.org/2001/04/xmlenc#sha256"), 39,
                     "http://www.w3.org/2000/09/xmldsig#sha1");
        const SignatureVerdict refused = checkEnvelopedSignature(sha1, cert, false);
        QCOMPARE(int(refused.kind), int(SignatureVerdict::Kind::Sha1NotAllowed));
        QVERIFY(refused.digest);
        QCOMPARE(refused.algorithm, std::string("SHA-1"));
        QVERIFY(signatureRefusal(refused, "SP X").find("digest SHA-1") != std::string::npos);
        QCOMPARE(int(checkEnvelopedSignature(sha1, cert, true).kind), int(SignatureVerdict::Kind::Invalid));
    }

    void testSpMetadataIsRead()
    {
        auto m = parseSpMetadata(
            spMetadata(R"(AuthnRequestsSigned="true")",
                       R"(<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
               MIIB
               AAAA</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>)"
                       R"(<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" )"
                       R"(Location="https://sp.example.test/slo"/>)" +
                           kPostAcs));
        QVERIFY(m);
        QCOMPARE(m->entityId, std::string("https://sp.example.test"));
        QCOMPARE(m->acs.size(), size_t(1));
        QCOMPARE(m->acs[0].location, std::string("https://sp.example.test/acs"));
        QCOMPARE(m->sloUrl, std::string("https://sp.example.test/slo"));
        QCOMPARE(m->sloBinding, std::string(kRedirectBinding));
        QCOMPARE(m->certificateBase64, std::string("MIIBAAAA"));
        QVERIFY(m->authnRequestsSigned);
        // HTTP-Redirect is preferred whatever the order; SOAP is never used; ResponseLocation is kept.
        auto both = parseSpMetadata(spMetadata(
            "", "<md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:SOAP\" "
                "Location=\"https://sp.example.test/soap\"/><md:SingleLogoutService Binding=\"" +
                    std::string(kPostBinding) +
                    "\" Location=\"https://sp.example.test/slo-post\"/><md:SingleLogoutService Binding=\"" +
                    kRedirectBinding +
                    "\" Location=\"https://sp.example.test/slo\" ResponseLocation=\"https://sp.example.test/done\"/>" +
                    kPostAcs));
        QVERIFY(both);
        QCOMPARE(both->sloUrl, std::string("https://sp.example.test/slo"));
        QCOMPARE(both->sloResponseUrl, std::string("https://sp.example.test/done"));
        QCOMPARE(both->sloSoapUrl, std::string("https://sp.example.test/soap"));
        auto postOnly =
            parseSpMetadata(spMetadata("", "<md:SingleLogoutService Binding=\"" + std::string(kPostBinding) +
                                               "\" Location=\"https://sp.example.test/slo-post\"/>" + kPostAcs));
        QVERIFY(postOnly);
        QCOMPARE(postOnly->sloBinding, std::string(kPostBinding));
        QCOMPARE(postOnly->sloUrl, std::string("https://sp.example.test/slo-post"));
    }

    void testBadSpMetadataSaysWhy_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("why");
        QTest::newRow("not xml") << "<md:Entity"
                                 << "well-formed";
        QTest::newRow("no SP descriptor") << R"(<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" )"
                                             R"(entityID="x"/>)"
                                          << "SPSSODescriptor";
        QTest::newRow("no POST ACS") << QString::fromStdString(spMetadata("", "")) << "HTTP-POST";
        QTest::newRow("signed without certificate")
            << QString::fromStdString(spMetadata(R"(AuthnRequestsSigned="true")", kPostAcs)) << "certificate";
        QTest::newRow("javascript ACS") << QString::fromStdString(spMetadata(
                                               "",
                                               R"(<md:AssertionConsumerService Binding="x" Location="javascript:1"/>)"))
                                        << "http(s)";
        QTest::newRow("DOCTYPE") << "<!DOCTYPE x []>" + QString::fromStdString(spMetadata("", kPostAcs)) << "DOCTYPE";
    }
    void testBadSpMetadataSaysWhy()
    {
        QFETCH(QString, xml);
        QFETCH(QString, why);
        auto m = parseSpMetadata(xml.toStdString());
        QVERIFY(!m);
        QVERIFY2(m.error().message.find(why.toStdString()) != std::string::npos, m.error().message.c_str());
    }

    void testInstantsAreUtcDateTimes()
    {
        QCOMPARE(instant(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(parseInstant("2026-11-24T17:30:00Z"), std::int64_t(1795541400));
        QCOMPARE(parseInstant("2026-11-24T17:30:00.123Z"), std::int64_t(1795541400));
        QCOMPARE(parseInstant(instant(1795541400)), std::int64_t(1795541400));
        QCOMPARE(parseInstant("2026-11-24T17:30:00+01:00"), std::int64_t(-1));
        QCOMPARE(parseInstant("2026-11-24T17:30:00"), std::int64_t(-1));
        QCOMPARE(parseInstant("2026-13-24T17:30:00Z"), std::int64_t(-1));
        QCOMPARE(parseInstant(""), std::int64_t(-1));
        QCOMPARE(newId().size(), size_t(33));
        QVERIFY(newId() != newId());
        QCOMPARE(escape("<a href=\"x\">&'"), std::string("&lt;a href=&quot;x&quot;&gt;&amp;&apos;"));
    }
};

QTEST_GUILESS_MAIN(TestSamlProtocol)
#include "TestSamlProtocol.moc"
