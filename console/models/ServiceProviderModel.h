#pragma once

#include "api/ServiceProvider.h"
#include "api/ServiceProvidersApi.h"
#include "models/EntityTableModel.h"

namespace castellan::console {

class RestClient;

/// The SAML service providers, one page at a time; a signing certificate that has expired or expires within
/// ServiceProvider::kExpiringDays is highlighted.
class ServiceProviderModel : public EntityTableModel<ServiceProvider>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EntityIdColumn,
        ProfileColumn,
        NameIdColumn,
        CertificateColumn,
        IdpInitiatedColumn,
        StatusColumn,
        ColumnCount,
    };

    explicit ServiceProviderModel(RestClient& client, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString sortKey(int column) const override;

    /// The SP a (valid) index shows, or nullptr.
    const ServiceProvider* providerFromIndex(const QModelIndex& index) const;
    /// The index of an SP's column on this page; invalid when the page does not show it.
    QModelIndex indexFromProviderId(qint64 id, int column = NameColumn) const;

    /// "Expires 4 Dec 2036", "Expired 1 Jan 2026", "No certificate".
    static QString certificateText(const ServiceProvider& provider);
    /// "emailAddress" for the NameID format URN, "(from username)" appended.
    static QString nameIdText(const ServiceProvider& provider);
    /// A released attribute as admins read it: "E-mail address" for `email`.
    static QString attributeText(const QString& attribute);

protected:
    QVariant keyOf(const ServiceProvider& provider) const override { return provider.id; }
    RestReply* fetchPage(const ListQuery& query, ApiCallback<ListPage<ServiceProvider>> done) override;

private:
    ServiceProvidersApi m_api;
};

} // namespace castellan::console
