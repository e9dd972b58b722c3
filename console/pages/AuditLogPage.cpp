#include "pages/AuditLogPage.h"

#include "models/AuditEntryModel.h"
#include "pages/AuditFilterBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace castellan::console {

AuditLogPage::AuditLogPage(RestClient& client, QWidget* parent)
    : TablePage(ConsolePage::AuditLog, new AuditEntryModel(client), parent),
      m_model(static_cast<AuditEntryModel*>(view()->model())), m_filters(new AuditFilterBar), m_liveBox(new QCheckBox),
      m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    setSearchable(false);
    m_liveBox->setObjectName(QStringLiteral("liveBox"));
    TablePage::filterBar()->addWidget(m_filters);
    TablePage::filterBar()->addWidget(m_liveBox);
    connect(m_filters, &AuditFilterBar::filterChanged, m_model, &AuditEntryModel::setFilter);

    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &AuditLogPage::refreshLive);
    connect(m_liveBox, &QCheckBox::toggled, this, [this](bool live) {
        if (live) {
            m_liveTimer->start();
            refreshLive();
        } else {
            m_liveTimer->stop();
        }
    });
    m_liveBox->setChecked(true);
    setColumnWidths({150, 170, 75, 120, 130, 280, 100, 150, 70});
    retranslateUi();
}

void AuditLogPage::retranslateUi()
{
    TablePage::retranslateUi();
    m_liveBox->setText(tr("Live"));
    m_liveBox->setToolTip(tr("Show new events as they happen"));
}

QString AuditLogPage::emptyText() const
{
    return tr("No events match the filters.");
}

void AuditLogPage::focusSearch()
{
    m_filters->userField()->setFocus(Qt::ShortcutFocusReason);
    m_filters->userField()->selectAll();
}

void AuditLogPage::refreshLive()
{
    // Only a page the admin sees, on the newest events, and not over a fetch already under way.
    if (!isVisible() || !isActivated() || m_model->isLoading() || m_model->query().offset != 0) {
        return;
    }
    m_model->refresh();
}

} // namespace castellan::console
