#pragma once

#include "api/ApiResult.h"
#include "api/IdpKey.h"
#include "api/ListPage.h"

#include <QByteArray>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// The server as a SAML IdP: its metadata document (`/saml/metadata`, outside the API root) and its signing keys
/// (`/saml/keys`: list, generate the next one, activate, retire).
class SamlIdpApi
{
public:
    explicit SamlIdpApi(RestClient& client) : m_client(client) {}

    /// The IdP metadata XML as the server publishes it.
    RestReply* metadata(QObject* context, ApiCallback<QByteArray> done);
    RestReply* keys(QObject* context, ApiCallback<ListPage<IdpKey>> done);
    RestReply* generateNext(QObject* context, ApiCallback<IdpKey> done);
    RestReply* activate(const QString& id, QObject* context, ApiCallback<IdpKey> done);
    RestReply* retire(const QString& id, QObject* context, ApiCallback<NoContent> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
