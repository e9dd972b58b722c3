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

} // namespace

Result<std::string> signAssertion(const std::string& responseXml, const std::string& assertionId,
                                  const std::string& privateKeyPem, const std::string& certificatePem)
{
    if (!ensureXmlSec()) {
        return failure("libxmlsec1 did not initialise");
    }
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(xmlReadMemory(responseXml.data(),
                                                                     static_cast<int>(responseXml.size()),
                                                                     "response.xml", nullptr, XML_PARSE_NONET),
                                                       xmlFreeDoc);
    if (!doc) {
        return failure("the response does not parse");
    }
    xmlNodePtr assertion = findById(xmlDocGetRootElement(doc.get()), assertionId);
    auto issuers = XmlDocument::children(assertion, kAssertionNs, "Issuer");
    if (!assertion || issuers.empty()) {
        return failure("no Assertion with an Issuer and ID " + assertionId);
    }
    // The Reference points at the ID: xmlsec resolves it only for attributes registered as IDs.
    xmlAttrPtr idAttribute = xmlHasProp(assertion, x("ID"));
    if (!idAttribute || !xmlAddID(nullptr, doc.get(), x(assertionId.c_str()), idAttribute)) {
        return failure("the Assertion's ID cannot be registered");
    }
    xmlNodePtr signature = xmlSecTmplSignatureCreateNsPref(doc.get(), xmlSecTransformExclC14NId,
                                                           xmlSecTransformRsaSha256Id, nullptr, x("ds"));
    if (!signature) {
        return failure("no signature template");
    }
    xmlAddNextSibling(issuers.front(), signature);
    const std::string uri = "#" + assertionId;
    xmlNodePtr reference =
        xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr, x(uri.c_str()), nullptr);
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
    xmlDocDumpMemoryEnc(doc.get(), &text, &size, "UTF-8");
    if (!text) {
        return failure("the signed response does not serialise");
    }
    std::string signedXml(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
    xmlFree(text);
    return signedXml;
}

} // namespace castellan::saml
