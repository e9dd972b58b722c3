#pragma once

#include "HttpsClient.h"

#include <map>
#include <string>

namespace castellan::test {

/// A browser without JavaScript for the registration portal and the SAML IdP pages: one cookie jar (the
/// portal's session cookie), redirects followed, and the page's CSRF token sent with every form.
class PortalBrowser
{
public:
    explicit PortalBrowser(int port);

    /// GETs `path` (a path with its query) and follows redirects; the last page.
    HttpReply get(const std::string& path);
    /// POSTs a form (application/x-www-form-urlencoded) with the last page's CSRF token, following redirects.
    HttpReply postForm(const std::string& path, const std::map<std::string, std::string>& fields);
    /// Where the last page came from (path and query).
    const std::string& currentPath() const { return m_path; }
    /// A header every request sends from now on (User-Agent, Accept-Language).
    void setHeader(const std::string& name, const std::string& value) { m_headers[name] = value; }

    /// Signs in to an SP that allows IdP-initiated SSO (`/portal/saml/start?sp=ID`), with the portal's login page
    /// when this browser is not signed in yet; the page that posts the SAML Response to the SP. Its body holds
    /// "SAMLResponse" when the sign-in worked.
    HttpReply signInToServiceProvider(const std::string& spId, const std::string& username,
                                      const std::string& password);

private:
    HttpReply exchange(const std::string& method, const std::string& path, const std::string& body);
    HttpReply follow(HttpReply reply);

    HttpsClient m_client;
    std::string m_cookie; ///< "name=value", empty before the server set one
    std::string m_path;
    std::map<std::string, std::string> m_headers;
    std::string m_csrf;
};

} // namespace castellan::test
