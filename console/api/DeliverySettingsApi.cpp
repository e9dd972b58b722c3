#include "api/DeliverySettingsApi.h"

#include "api/ApiCall.h"
#include "api/JsonRead.h"
#include "api/RestClient.h"

namespace castellan::console {

namespace {

QString pathOf(DeliverySettingsApi::Channel channel)
{
    return channel == DeliverySettingsApi::Channel::Mail ? QStringLiteral("/settings/mail")
                                                         : QStringLiteral("/settings/sms");
}

DeliverySettings decodeSettings(const RestReply& reply)
{
    DeliverySettings settings;
    settings.values = reply.json();
    settings.source = json::text(settings.values, "source");
    settings.etag = reply.etag();
    return settings;
}

} // namespace

RestReply* DeliverySettingsApi::get(Channel channel, QObject* context, ApiCallback<DeliverySettings> done)
{
    return deliver<DeliverySettings>(m_client.send(RestRequest::get(pathOf(channel))), context, decodeSettings,
                                     std::move(done));
}

RestReply* DeliverySettingsApi::save(Channel channel, const QJsonObject& values, const QByteArray& etag,
                                     QObject* context, ApiCallback<DeliverySettings> done)
{
    RestRequest request = RestRequest::withJson("PUT", pathOf(channel), values);
    request.ifMatch = etag;
    return deliver<DeliverySettings>(m_client.send(request), context, decodeSettings, std::move(done));
}

RestReply* DeliverySettingsApi::test(Channel channel, const QString& destination, QObject* context,
                                     ApiCallback<DeliveryTest> done)
{
    const QJsonObject body{{channel == Channel::Mail ? QStringLiteral("to") : QStringLiteral("phone"), destination}};
    return deliver<DeliveryTest>(
        m_client.send(RestRequest::withJson("POST", pathOf(channel) + QStringLiteral("/test"), body)), context,
        [](const RestReply& reply) {
            return DeliveryTest{json::boolean(reply.json(), "sent"), json::text(reply.json(), "error"),
                                json::text(reply.json(), "detail")};
        },
        std::move(done));
}

} // namespace castellan::console
