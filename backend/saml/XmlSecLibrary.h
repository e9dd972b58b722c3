#pragma once

namespace castellan::saml {

/// Initialises libxml2 and libxmlsec1 with its OpenSSL backend once per process; false when that failed.
bool ensureXmlSec();

} // namespace castellan::saml
