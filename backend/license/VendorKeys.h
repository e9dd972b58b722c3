#pragma once

#include <string>
#include <vector>

namespace castellan {

/// The public keys a license key must be signed with. The vendor's keys are compiled in (several during a key
/// rollover). Builds configured with CASTELLAN_TEST_LICENSE_KEYS=ON (the test presets) also trust the key named by
/// `license.test_public_key`, so tests can sign their own licenses; production builds refuse that setting.
class VendorKeys
{
public:
    static std::vector<std::string> embedded();
    static bool testKeysAllowed();
};

} // namespace castellan
