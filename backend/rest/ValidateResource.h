#pragma once

#include "rest/RestMessage.h"

#include <string>

namespace castellan {

class AuthEngine;
class Router;

/// `POST /auth/validate`: agents and applications ask whether a user may log in (AuthEngine pipeline).
/// `POST /auth/qr-login`: a login screen starts a QR login, then polls it through `/auth/validate`.
class ValidateResource
{
public:
    /// `publicUrl` is the server address the QR code tells the Castellan app to answer at.
    ValidateResource(AuthEngine& engine, std::string publicUrl);
    void addRoutes(Router& router);
    RestResponse validate(const RestRequest& request);
    RestResponse qrLogin(const RestRequest& request);

    /// What a QR-login code encodes: `castellan://qr-login?challenge=...&server=...`.
    static std::string qrLoginUri(const std::string& challenge, const std::string& publicUrl);

private:
    AuthEngine& m_engine;
    std::string m_publicUrl;
};

} // namespace castellan
