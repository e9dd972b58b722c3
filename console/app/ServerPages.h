#pragma once

#include "pages/ConsolePage.h"

namespace castellan::console {

class RestClient;
class ServerPage;

/// The page that works on the server for a sidebar entry, or nullptr while the server has no routes for it
/// (the placeholder stays).
ServerPage* createServerPage(ConsolePage page, RestClient& client);

} // namespace castellan::console
