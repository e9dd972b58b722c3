#pragma once

#include "api/ApiClient.h"
#include "api/ApiClientsApi.h"
#include "dialogs/ServerFormDialog.h"

class QComboBox;
class QLineEdit;

namespace castellan::console {

class RestClient;

/// Creates an API client (type and name) or renames one; the server's answer (with the new client's secret)
/// comes with saved().
class ApiClientDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    /// A dialog creating a client.
    ApiClientDialog(RestClient& client, QWidget* parent = nullptr);
    /// A dialog renaming `existing` (its type cannot change).
    ApiClientDialog(RestClient& client, const ApiClient& existing, QWidget* parent = nullptr);

    QComboBox* typeField() const { return m_typeField; }
    QLineEdit* nameField() const { return m_nameField; }

signals:
    void saved(const castellan::console::ApiClient& client);

protected:
    void submit() override;

private:
    void build();
    void finish(const ApiResult<ApiClient>& result);

    ApiClientsApi m_api;
    std::optional<ApiClient> m_existing;
    QByteArray m_etag;
    QComboBox* m_typeField = nullptr;
    QLineEdit* m_nameField = nullptr;
};

} // namespace castellan::console
