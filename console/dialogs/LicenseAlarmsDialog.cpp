#include "dialogs/LicenseAlarmsDialog.h"

#include "dialogs/FieldErrorPresenter.h"
#include "models/DisplayFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kRecipientsHeight = 80;
constexpr int kSentHeight = 120;

QString joinNumbers(const QList<int>& numbers)
{
    QStringList parts;
    for (const int number : numbers) {
        parts.append(QString::number(number));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

LicenseAlarmsDialog::LicenseAlarmsDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_recipients(new QPlainTextEdit), m_supportDays(new QLineEdit),
      m_usagePercents(new QLineEdit), m_sent(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("licenseAlarmsDialog"));
    setWindowTitle(tr("License Alarms"));
    setIntro(tr("E-mails warn before the support period ends and as the month's users approach the limit; each "
                "alarm is sent once."));
    m_recipients->setObjectName(QStringLiteral("recipientsField"));
    m_supportDays->setObjectName(QStringLiteral("supportDaysField"));
    m_usagePercents->setObjectName(QStringLiteral("usagePercentsField"));
    m_recipients->setFixedHeight(kRecipientsHeight);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One e-mail address per line"));
    m_supportDays->setPlaceholderText(QStringLiteral("60, 30, 15, 7"));
    m_usagePercents->setPlaceholderText(QStringLiteral("75, 85, 90, 95"));
    addField(tr("&Recipients:"), m_recipients, QStringLiteral("recipients"));
    addField(tr("&Days before support ends:"), m_supportDays, QStringLiteral("support_days"));
    addField(tr("&Percent of the user limit:"), m_usagePercents, QStringLiteral("usage_percents"));

    m_sent->setObjectName(QStringLiteral("sentTable"));
    m_sent->setHorizontalHeaderLabels({tr("Alarm"), tr("Threshold"), tr("Sent")});
    m_sent->verticalHeader()->hide();
    m_sent->horizontalHeader()->setStretchLastSection(true);
    m_sent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sent->setFixedHeight(kSentHeight);
    body()->addWidget(new QLabel(tr("Sent alarms:")));
    body()->addWidget(m_sent);

    watch(m_api.alarms(this, [this](const ApiResult<LicenseAlarmSettings>& result) {
        settle(result.error());
        if (result.ok()) {
            showSettings(result.value());
        }
    }));
}

std::optional<QList<int>> LicenseAlarmsDialog::parseNumbers(const QString& text)
{
    QList<int> numbers;
    static const QRegularExpression kSeparators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : text.split(kSeparators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok) {
            return std::nullopt;
        }
        numbers.append(number);
    }
    return numbers;
}

void LicenseAlarmsDialog::showSettings(const LicenseAlarmSettings& settings)
{
    m_loaded = true;
    m_recipients->setPlainText(settings.recipients.join(QLatin1Char('\n')));
    m_supportDays->setText(joinNumbers(settings.supportDays));
    m_usagePercents->setText(joinNumbers(settings.usagePercents));
    m_sent->setRowCount(int(settings.sent.size()));
    for (int row = 0; row < settings.sent.size(); ++row) {
        const LicenseAlarmSettings::Sent& sent = settings.sent.at(row);
        const QString what = sent.kind == QLatin1String("support") ? tr("Support ends (%1)").arg(sent.period)
                                                                   : tr("Users (%1)").arg(sent.period);
        m_sent->setItem(row, 0, new QTableWidgetItem(what));
        m_sent->setItem(row, 1, new QTableWidgetItem(QString::number(sent.threshold)));
        m_sent->setItem(row, 2, new QTableWidgetItem(display::time(sent.sentAt)));
    }
}

void LicenseAlarmsDialog::submit()
{
    LicenseAlarmSettings settings;
    static const QRegularExpression kLines(QStringLiteral("[\\n,;]+"));
    for (const QString& line : m_recipients->toPlainText().split(kLines, Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            settings.recipients.append(line.trimmed());
        }
    }
    const auto days = parseNumbers(m_supportDays->text());
    const auto percents = parseNumbers(m_usagePercents->text());
    const QString notNumbers = tr("must be whole numbers separated by commas");
    if (!days) {
        errors()->showFieldMessage(QStringLiteral("support_days"), notNumbers);
        return;
    }
    if (!percents) {
        errors()->showFieldMessage(QStringLiteral("usage_percents"), notNumbers);
        return;
    }
    settings.supportDays = *days;
    settings.usagePercents = *percents;
    watch(m_api.saveAlarms(settings, this, [this](const ApiResult<LicenseAlarmSettings>& result) {
        settle(result.error());
        if (result.ok()) {
            emit saved();
            accept();
        }
    }));
}

} // namespace castellan::console
