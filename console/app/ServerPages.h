#pragma once

#include "pages/ConsolePage.h"

#include <QJsonObject>
#include <QList>

namespace castellan::console {

class RestClient;
class ServerPage;

/// The page that works on the server for a sidebar entry, or nullptr while the server has no routes for it
/// (the placeholder stays).
ServerPage* createServerPage(ConsolePage page, RestClient& client);

/// The route (an OpenAPI path under /api/v1, e.g. "/admins") a page's list or settings come from.
QString consolePageRoute(ConsolePage page);

/// The pages whose route is missing from the server's OpenAPI document (`/api/v1/openapi.json`): an older server
/// that lacks them gets a page that says so instead of one that fails. An answer without `paths` removes none.
QList<ConsolePage> pagesMissingFrom(const QJsonObject& openApi);

} // namespace castellan::console
