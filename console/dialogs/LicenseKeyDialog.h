#pragma once

#include "api/LicenseApi.h"
#include "dialogs/ServerFormDialog.h"

class QPlainTextEdit;

namespace castellan::console {

class RestClient;

/// Enters the license key the vendor sent; the server checks its signature and App Key.
class LicenseKeyDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    LicenseKeyDialog(RestClient& client, const QString& appKey, QWidget* parent = nullptr);

    QPlainTextEdit* keyField() const { return m_keyField; }

signals:
    void saved(const castellan::console::LicenseInfo& license);

protected:
    void submit() override;

private:
    LicenseApi m_api;
    QPlainTextEdit* m_keyField;
};

} // namespace castellan::console
