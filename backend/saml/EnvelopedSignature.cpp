#include "saml/EnvelopedSignature.h"

#include "crypto/Base64.h"
#include "saml/SamlText.h"
#include "saml/XmlDocument.h"
#include "saml/XmlSecLibrary.h"

#include <libxml/valid.h>
#include <xmlsec/crypto.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <cstring>
#include <memory>

namespace castellan::saml {

bool verifyEnvelopedSignature(const std::string& xml, const std::string& certificateBase64)
{
    auto der = Base64::decode(certificateBase64);
    auto doc = XmlDocument::parse(xml);
    if (!der || der->empty() || !doc || !ensureXmlSec()) {
        return false;
    }
    xmlNodePtr root = doc->root();
    auto signatures = XmlDocument::children(root, kDsigNs, "Signature");
    const std::string id = XmlDocument::attribute(root, "ID");
    xmlAttrPtr idAttribute = xmlHasProp(root, reinterpret_cast<const xmlChar*>("ID"));
    if (signatures.size() != 1 || id.empty() || !idAttribute ||
        !xmlAddID(nullptr, doc->get(), reinterpret_cast<const xmlChar*>(id.c_str()), idAttribute)) {
        return false;
    }
    std::unique_ptr<xmlSecDSigCtx, decltype(&xmlSecDSigCtxDestroy)> context(xmlSecDSigCtxCreate(nullptr),
                                                                            xmlSecDSigCtxDestroy);
    if (!context) {
        return false;
    }
    context->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
    context->signKey = xmlSecCryptoAppKeyLoadMemory(der->data(), static_cast<xmlSecSize>(der->size()),
                                                    xmlSecKeyDataFormatCertDer, nullptr, nullptr, nullptr);
    if (!context->signKey || xmlSecDSigCtxVerify(context.get(), signatures.front()) < 0 ||
        context->status != xmlSecDSigStatusSucceeded) {
        return false;
    }
    if (xmlSecPtrListGetSize(&context->signedInfoReferences) != 1) {
        return false;
    }
    auto* reference = static_cast<xmlSecDSigReferenceCtxPtr>(xmlSecPtrListGetItem(&context->signedInfoReferences, 0));
    const std::string expected = "#" + id;
    return reference && reference->uri &&
           std::strcmp(reinterpret_cast<const char*>(reference->uri), expected.c_str()) == 0;
}

} // namespace castellan::saml
