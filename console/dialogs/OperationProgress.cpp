#include "dialogs/OperationProgress.h"

#include "api/RestReply.h"

#include <QProgressDialog>

namespace castellan::console {

namespace {

constexpr int kPercent = 100;

} // namespace

OperationProgress* OperationProgress::track(RestReply* reply, QWidget* parent, const QString& label)
{
    return new OperationProgress(reply, parent, label);
}

OperationProgress::OperationProgress(RestReply* reply, QWidget* parent, const QString& label)
    : QObject(reply), m_reply(reply), m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, parent))
{
    m_dialog->setObjectName(QStringLiteral("operationProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(kShowAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, reply, &RestReply::cancel);
    connect(reply, &RestReply::uploadProgress, this, &OperationProgress::showProgress);
    connect(reply, &RestReply::downloadProgress, this, &OperationProgress::showProgress);
    connect(reply, &RestReply::finished, m_dialog, &QObject::deleteLater);
}

void OperationProgress::showProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_dialog->setRange(0, 0); // size unknown: a busy bar
        return;
    }
    m_dialog->setRange(0, kPercent);
    m_dialog->setValue(static_cast<int>(done * kPercent / total));
}

} // namespace castellan::console
