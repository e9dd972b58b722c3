#pragma once

#include "api/RestReply.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace castellan::console {

class ApiError;
class FieldErrorPresenter;
class RestReply;

/// A dialog that saves a form to the server: an intro line, an error banner, the form with an error line
/// under each field, and Save/Cancel. Save sends the call (submit()); while it runs the form is disabled and
/// Cancel cancels the call; a refusal is shown on the offending fields and the dialog stays open.
class ServerFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerFormDialog(QWidget* parent = nullptr);

    FieldErrorPresenter* errors() const { return m_errors; }
    QPushButton* saveButton() const { return m_saveButton; }
    bool isBusy() const { return m_pending != nullptr; }

public slots:
    void reject() override;

protected:
    /// Sends the form to the server; subclasses call watch() with the reply.
    virtual void submit() = 0;

    void setIntro(const QString& text);
    void setSaveText(const QString& text);
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    /// Save and Cancel; a dialog adds its own buttons (Test…) here.
    QDialogButtonBox* buttons() const { return m_buttons; }
    /// Adds a row to the form whose server errors for `field` show under it.
    void addField(const QString& label, QWidget* input, const QString& field);

    /// Disables the form while `reply` runs.
    void watch(RestReply* reply);
    /// Called when the form is enabled again, for inputs whose state depends on others.
    virtual void updateInputs() {}
    /// Re-enables the form; shows `error` on the fields unless it is None or a cancellation.
    void settle(const ApiError& error);

private:
    void setFormEnabled(bool enabled);

    QLabel* m_intro;
    QLabel* m_banner;
    FieldErrorPresenter* m_errors;
    QFormLayout* m_form;
    QVBoxLayout* m_body;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPointer<RestReply> m_pending;
};

} // namespace castellan::console
