#include "license/VendorKeys.h"

namespace castellan {

std::vector<std::string> VendorKeys::embedded()
{
    // The vendor's signing key of 2026; its private half never leaves the vendor's signing machine.
    return {"-----BEGIN PUBLIC KEY-----\n"
            "MCowBQYDK2VwAyEA9YVdJJ29j+1FhnU4JG8n/skTE9GRaFWe9S9oIDEzXx0=\n"
            "-----END PUBLIC KEY-----\n"};
}

bool VendorKeys::testKeysAllowed()
{
#ifdef CASTELLAN_TEST_LICENSE_KEYS
    return true;
#else
    return false;
#endif
}

} // namespace castellan
