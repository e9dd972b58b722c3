#pragma once

#include "api/ApiResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QObject;

namespace castellan::console {

class RestClient;
class RestReply;

/// The settings of one delivery channel as `/settings/mail` or `/settings/sms` answer them.
struct DeliverySettings
{
    QString source;     ///< "none", "file" (read-only here) or "database"
    QJsonObject values; ///< the settings by their API names; secrets only as `<name>_set`
    QByteArray etag;    ///< empty while nothing is stored
};

/// What a test message did: sent, or the server's or gateway's exact error.
struct DeliveryTest
{
    bool sent = false;
    QString error;
    QString detail;
};

/// `/settings/mail` and `/settings/sms`: read, save against the ETag, send a test message.
class DeliverySettingsApi
{
public:
    enum class Channel
    {
        Mail,
        Sms,
    };

    explicit DeliverySettingsApi(RestClient& client) : m_client(client) {}

    RestReply* get(Channel channel, QObject* context, ApiCallback<DeliverySettings> done);
    RestReply* save(Channel channel, const QJsonObject& values, const QByteArray& etag, QObject* context,
                    ApiCallback<DeliverySettings> done);
    /// `destination`: an e-mail address (mail) or a phone number (SMS).
    RestReply* test(Channel channel, const QString& destination, QObject* context, ApiCallback<DeliveryTest> done);

private:
    RestClient& m_client;
};

} // namespace castellan::console
