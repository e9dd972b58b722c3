#pragma once

#include "app/ConfigReader.h"
#include "app/ServerConfig.h"

namespace castellan {

/// Reads the http.* keys into `c`: the single listener by default, or the public/admin split with the limits every
/// listener shares (README "Listeners and limits").
void readHttpConfig(ConfigReader& read, ServerConfig& c);

} // namespace castellan
