#include "saml/AssertionSigner.h"

#include "saml/SamlText.h"
#include "saml/XmlDocument.h"
#include "saml/XmlSecLibrary.h"

#include <libxml/parser.h>
#include <libxml/valid.h>
#include <xmlsec/crypto.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

#include <memory>

namespace castellan::saml {
namespace {

Error failure(const std::string& what)
{
    return Error::of(ErrorCode::Crypto, "cannot sign the SAML assertion: " + what);
}

const xmlChar* x(const char* text)
{
    return reinterpret_cast<const xmlChar*>(text);
}

xmlNodePtr findById(xmlNodePtr node, const std::string& id)
{
    for (xmlNodePtr n = node; n; n = n->next) {
        if (XmlDocument::is(n, kAssertionNs, "Assertion") && XmlDocument::attribute(n, "ID") == id) {
            return n;
        }
        if (xmlNodePtr found = findById(n->children, id)) {
            return found;
        }
    }
    return nullptr;
}

using DocumentPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

/// Signs `element` (whose ID is `id`) of `doc` and returns the document's text.
Result<std::string> signElement(xmlDoc* doc, xmlNodePtr element, const std::string& id,
                                const std::string& privateKeyPem, const std::string& certificatePem,
                                const std::string& algorithm = "rsa-sha256")
{
    xmlSecTransformId signatureMethod = xmlSecTransformRsaSha256Id;
    xmlSecTransformId digestMethod = xmlSecTransformSha256Id;
    if (algorithm == "rsa-sha384") {
        signatureMethod = xmlSecTransformRsaSha384Id;
        digestMethod = xmlSecTransformSha384Id;
    } else if (algorithm == "rsa-sha512") {
        signatureMethod = xmlSecTransformRsaSha512Id;
        digestMethod = xmlSecTransformSha512Id;
    } else if (algorithm != "rsa-sha256") {
        return failure("unknown signature algorithm " + algorithm);
    }
    auto issuers = XmlDocument::children(element, kAssertionNs, "Issuer");
    if (!element || id.empty() || issuers.empty()) {
        return failure("no element with an Issuer and ID " + id);
    }
    // The Reference points at the ID: xmlsec resolves it only for attributes registered as IDs.
    xmlAttrPtr idAttribute = xmlHasProp(element, x("ID"));
    if (!idAttribute || !xmlAddID(nullptr, doc, x(id.c_str()), idAttribute)) {
        return failure("the element's ID cannot be registered");
    }
    xmlNodePtr signature =
        xmlSecTmplSignatureCreateNsPref(doc, xmlSecTransformExclC14NId, signatureMethod, nullptr, x("ds"));
    if (!signature) {
        return failure("no signature template");
    }
    xmlAddNextSibling(issuers.front(), signature);
    const std::string uri = "#" + id;
    xmlNodePtr reference = xmlSecTmplSignatureAddReference(signature, digestMethod, nullptr, x(uri.c_str()), nullptr);
    xmlNodePtr keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
    if (!reference || !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId) ||
        !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId) || !keyInfo ||
        !xmlSecTmplKeyInfoAddX509Data(keyInfo)) {
        return failure("the signature template is incomplete");
    }
    std::unique_ptr<xmlSecDSigCtx, decltype(&xmlSecDSigCtxDestroy)> context(xmlSecDSigCtxCreate(nullptr),
                                                                            xmlSecDSigCtxDestroy);
    if (!context) {
        return failure("no signing context");
    }
    context->signKey = xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte*>(privateKeyPem.data()),
                                                    static_cast<xmlSecSize>(privateKeyPem.size()),
                                                    xmlSecKeyDataFormatPem, nullptr, nullptr, nullptr);
    if (!context->signKey ||
        xmlSecCryptoAppKeyCertLoadMemory(context->signKey, reinterpret_cast<const xmlSecByte*>(certificatePem.data()),
                                         static_cast<xmlSecSize>(certificatePem.size()), xmlSecKeyDataFormatPem) < 0) {
        return failure("the IdP key or certificate does not load");
    }
    if (xmlSecDSigCtxSign(context.get(), signature) < 0) {
        return failure("xmlSecDSigCtxSign failed");
    }
    xmlChar* text = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &text, &size, "UTF-8");
    if (!text) {
        return failure("the signed response does not serialise");
    }
    std::string signedXml(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
    xmlFree(text);
    return signedXml;
}

DocumentPtr parse(const std::string& xml)
{
    return DocumentPtr(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "message.xml", nullptr, XML_PARSE_NONET),
                       xmlFreeDoc);
}

} // namespace

Result<std::string> signAssertion(const std::string& responseXml, const std::string& assertionId,
                                  const std::string& privateKeyPem, const std::string& certificatePem)
{
    if (!ensureXmlSec()) {
        return failure("libxmlsec1 did not initialise");
    }
    DocumentPtr doc = parse(responseXml);
    if (!doc) {
        return failure("the response does not parse");
    }
    return signElement(doc.get(), findById(xmlDocGetRootElement(doc.get()), assertionId), assertionId, privateKeyPem,
                       certificatePem);
}

ResponseSigning ResponseSigning::of(const std::string& what, const std::string& algorithm)
{
    return {.assertion = what != "response", .response = what != "assertion", .algorithm = algorithm};
}

Result<std::string> signResponse(const std::string& responseXml, const std::string& assertionId,
                                 const ResponseSigning& signing, const std::string& privateKeyPem,
                                 const std::string& certificatePem)
{
    if (!ensureXmlSec()) {
        return failure("libxmlsec1 did not initialise");
    }
    std::string xml = responseXml;
    if (signing.assertion) {
        DocumentPtr doc = parse(xml);
        if (!doc) {
            return failure("the response does not parse");
        }
        auto signedAssertion = signElement(doc.get(), findById(xmlDocGetRootElement(doc.get()), assertionId),
                                           assertionId, privateKeyPem, certificatePem, signing.algorithm);
        if (!signedAssertion) {
            return signedAssertion;
        }
        xml = *signedAssertion;
    }
    if (signing.response) {
        DocumentPtr doc = parse(xml);
        if (!doc) {
            return failure("the response does not parse");
        }
        xmlNodePtr root = xmlDocGetRootElement(doc.get());
        if (signing.assertion) {
            // The Assertion's ID must resolve again for the enveloped transform of the outer signature to apply.
            if (xmlNodePtr assertion = findById(root, assertionId)) {
                xmlAddID(nullptr, doc.get(), x(assertionId.c_str()), xmlHasProp(assertion, x("ID")));
            }
        }
        return signElement(doc.get(), root, XmlDocument::attribute(root, "ID"), privateKeyPem, certificatePem,
                           signing.algorithm);
    }
    return xml;
}

Result<std::string> signMessage(const std::string& xml, const std::string& privateKeyPem,
                                const std::string& certificatePem)
{
    if (!ensureXmlSec()) {
        return failure("libxmlsec1 did not initialise");
    }
    DocumentPtr doc = parse(xml);
    if (!doc) {
        return failure("the message does not parse");
    }
    xmlNodePtr root = xmlDocGetRootElement(doc.get());
    return signElement(doc.get(), root, XmlDocument::attribute(root, "ID"), privateKeyPem, certificatePem);
}

} // namespace castellan::saml
