#pragma once

#include "crypto/Random.h"

#include <string>

namespace castellan {

/// A one-time password for a new or reset account: 4 groups of 5 characters from an alphabet without
/// look-alikes (about 114 bits), e.g. `k7Qm2-xWp9T-...`, easy to read aloud and to type.
std::string generateTemporaryPassword(const Random& random = Random::system());

} // namespace castellan
