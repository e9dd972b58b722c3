#include "saml/XmlSecLibrary.h"

#include <libxml/parser.h>
#include <xmlsec/crypto.h>
#include <xmlsec/xmlsec.h>

#include <mutex>

namespace castellan::saml {

bool ensureXmlSec()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        xmlInitParser();
        ok = xmlSecInit() >= 0 && xmlSecCryptoAppInit(nullptr) >= 0 && xmlSecCryptoInit() >= 0;
    });
    return ok;
}

} // namespace castellan::saml
