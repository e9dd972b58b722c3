#pragma once

#include "api/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace castellan::console {

/// Shows a server's validation errors where they belong: each field's message in a small red line under its
/// input (the input marked invalid and the first one focused), everything else in the form's banner.
///
/// Inputs are registered under the API's field names ("username", "password_confirmation"); a message goes
/// away as soon as the admin edits its input.
class FieldErrorPresenter : public QObject
{
    Q_OBJECT

public:
    /// `banner` shows the overall message and field errors no input claims; it starts hidden.
    explicit FieldErrorPresenter(QLabel* banner, QObject* parent = nullptr);

    /// Adds `input` as a row of `form` labelled `label`, with its error line under it, for field `field`.
    void addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field);
    /// Registers an input already placed in a layout; its error line goes under it in `form`.
    void attach(QFormLayout* form, QWidget* input, const QString& field);
    /// Another API field name whose errors belong to the same input (e.g. "new_password" and "password").
    void alias(const QString& field, const QString& registeredField);

    /// Shows an error: field messages under their inputs, the rest in the banner.
    void show(const ApiError& error);
    /// Shows a message of the console's own under a field (and focuses it).
    void showFieldMessage(const QString& field, const QString& message);
    /// Shows a message of the console's own in the banner.
    void showMessage(const QString& message);
    void clear();

    /// The error line of a field (tests read it); nullptr for unknown fields.
    QLabel* errorLabel(const QString& field) const;
    bool hasErrors() const;

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };

    void clearField(const QString& field);
    static void markInvalid(QWidget* input, bool invalid);
    QString resolve(const QString& field) const;

    QPointer<QLabel> m_banner;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_aliases;
};

} // namespace castellan::console
