#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace castellan::console {

class RestReply;

/// A progress dialog for a server call that may take a while (import, export, bulk changes): it appears
/// only when the call lasts longer than a moment, follows the upload or download, and its Cancel button
/// cancels the call. It deletes itself when the call finishes.
class OperationProgress : public QObject
{
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 400;

    /// Watches `reply`; `label` says what is under way ("Importing users…").
    static OperationProgress* track(RestReply* reply, QWidget* parent, const QString& label);

    QProgressDialog* dialog() const { return m_dialog; }

private:
    OperationProgress(RestReply* reply, QWidget* parent, const QString& label);
    void showProgress(qint64 done, qint64 total);

    QPointer<RestReply> m_reply;
    QProgressDialog* m_dialog;
};

} // namespace castellan::console
