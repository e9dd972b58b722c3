#pragma once

#include "api/LicenseApi.h"
#include "dialogs/ServerFormDialog.h"

#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace castellan::console {

class RestClient;

/// The license alarm e-mails: who gets them, how many days before the support end and at which shares of the
/// user limit; with the alarms already sent.
class LicenseAlarmsDialog : public ServerFormDialog
{
    Q_OBJECT

public:
    explicit LicenseAlarmsDialog(RestClient& client, QWidget* parent = nullptr);

    QPlainTextEdit* recipientsField() const { return m_recipients; }
    QLineEdit* supportDaysField() const { return m_supportDays; }
    QLineEdit* usagePercentsField() const { return m_usagePercents; }
    QTableWidget* sentTable() const { return m_sent; }
    bool isLoaded() const { return m_loaded; }

    /// "60, 30, 15" as numbers; nullopt when a part is not a whole number.
    static std::optional<QList<int>> parseNumbers(const QString& text);

signals:
    void saved();

protected:
    void submit() override;

private:
    void showSettings(const LicenseAlarmSettings& settings);

    LicenseApi m_api;
    QPlainTextEdit* m_recipients;
    QLineEdit* m_supportDays;
    QLineEdit* m_usagePercents;
    QTableWidget* m_sent;
    bool m_loaded = false;
};

} // namespace castellan::console
