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

SignatureVerdict checkEnvelopedSignature(const std::string& xml, const std::string& certificateBase64, bool allowSha1)
{
    using Kind = SignatureVerdict::Kind;
    auto doc = XmlDocument::parse(xml);
    if (!doc) {
        return {Kind::Invalid};
    }
    auto signatures = XmlDocument::children(doc->root(), kDsigNs, "Signature");
    auto signedInfo = signatures.size() == 1 ? XmlDocument::children(signatures.front(), kDsigNs, "SignedInfo")
                                             : std::vector<xmlNodePtr>{};
    if (signedInfo.size() != 1) {
        return {Kind::Invalid};
    }
    for (xmlNodePtr method : XmlDocument::children(signedInfo.front(), kDsigNs, "SignatureMethod")) {
        const std::string uri = XmlDocument::attribute(method, "Algorithm");
        const auto algorithm = signatureAlgorithm(uri);
        if (!algorithm) {
            return {Kind::UnknownAlgorithm, uri.substr(0, 200)};
        }
        if (algorithm->sha1 && !allowSha1) {
            return {Kind::Sha1NotAllowed, std::string(algorithm->name)};
        }
    }
    for (xmlNodePtr reference : XmlDocument::children(signedInfo.front(), kDsigNs, "Reference")) {
        for (xmlNodePtr method : XmlDocument::children(reference, kDsigNs, "DigestMethod")) {
            const std::string uri = XmlDocument::attribute(method, "Algorithm");
            const auto algorithm = digestAlgorithm(uri);
            if (!algorithm) {
                return {Kind::UnknownAlgorithm, uri.substr(0, 200), true};
            }
            if (algorithm->sha1 && !allowSha1) {
                return {Kind::Sha1NotAllowed, std::string(algorithm->name), true};
            }
        }
    }
    return verifyEnvelopedSignature(xml, certificateBase64) ? SignatureVerdict{Kind::Verified}
                                                            : SignatureVerdict{Kind::Invalid};
}

} // namespace castellan::saml
