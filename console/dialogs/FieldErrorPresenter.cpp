#include "dialogs/FieldErrorPresenter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

namespace castellan::console {

namespace {

const char* const kInvalidProperty = "invalid";
const QString kErrorStyle = QStringLiteral("color: white; background: #b3261e; "
                                           "border-radius: 3px; padding: 2px 6px;");
const QString kFieldErrorStyle = QStringLiteral("color: #b3261e; font-size: small;");
const QString kInvalidInputStyle = QStringLiteral("border: 1px solid #b3261e; border-radius: 2px;");

/// Calls `onEdit` whenever the admin changes the input, whatever kind of input it is.
void onEdited(QWidget* input, QObject* receiver, const std::function<void()>& onEdit)
{
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        QObject::connect(line, &QLineEdit::textEdited, receiver, onEdit);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        QObject::connect(text, &QPlainTextEdit::textChanged, receiver, onEdit);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        QObject::connect(combo, &QComboBox::currentIndexChanged, receiver, onEdit);
    } else if (auto* date = qobject_cast<QDateTimeEdit*>(input)) {
        QObject::connect(date, &QDateTimeEdit::dateTimeChanged, receiver, onEdit);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(input)) {
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, receiver, onEdit);
    } else if (auto* button = qobject_cast<QAbstractButton*>(input)) {
        QObject::connect(button, &QAbstractButton::toggled, receiver, onEdit);
    }
}

} // namespace

FieldErrorPresenter::FieldErrorPresenter(QLabel* banner, QObject* parent) : QObject(parent), m_banner(banner)
{
    m_banner->setObjectName(QStringLiteral("formErrorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(kErrorStyle);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
}

void FieldErrorPresenter::addRow(QFormLayout* form, const QString& label, QWidget* input, const QString& field)
{
    form->addRow(label, input);
    attach(form, input, field);
}

void FieldErrorPresenter::attach(QFormLayout* form, QWidget* input, const QString& field)
{
    auto* errorLabel = new QLabel;
    errorLabel->setObjectName(field + QStringLiteral("Error"));
    errorLabel->setStyleSheet(kFieldErrorStyle);
    errorLabel->setWordWrap(true);
    errorLabel->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(input, &row, &role);
    if (row < 0) {
        form->addRow(QString(), errorLabel);
    } else {
        form->insertRow(row + 1, QString(), errorLabel);
    }
    m_entries.insert(field, {input, errorLabel});
    onEdited(input, this, [this, field] { clearField(field); });
}

void FieldErrorPresenter::alias(const QString& field, const QString& registeredField)
{
    m_aliases.insert(field, registeredField);
}

QString FieldErrorPresenter::resolve(const QString& field) const
{
    return m_aliases.value(field, field);
}

void FieldErrorPresenter::show(const ApiError& error)
{
    clear();
    QStringList unclaimed;
    QWidget* first = nullptr;
    for (const ApiFieldError& fieldError : error.fieldErrors()) {
        const auto entry = m_entries.constFind(resolve(fieldError.field));
        if (entry == m_entries.constEnd() || !entry->label) {
            unclaimed.append(fieldError.field + QLatin1Char(' ') + fieldError.message);
            continue;
        }
        // The server words messages to follow the field's name ("is already taken").
        const QString text = entry->label->text();
        entry->label->setText(text.isEmpty() ? fieldError.message : text + QLatin1Char('\n') + fieldError.message);
        entry->label->show();
        markInvalid(entry->input, true);
        if (!first) {
            first = entry->input;
        }
    }
    QString banner = error.message();
    if (!unclaimed.isEmpty()) {
        banner += QLatin1Char('\n') + unclaimed.join(QLatin1Char('\n'));
    }
    showMessage(banner);
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrorPresenter::showFieldMessage(const QString& field, const QString& message)
{
    const Entry entry = m_entries.value(resolve(field));
    if (!entry.label) {
        showMessage(message);
        return;
    }
    entry.label->setText(message);
    entry.label->show();
    markInvalid(entry.input, true);
    if (entry.input) {
        entry.input->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrorPresenter::showMessage(const QString& message)
{
    if (!m_banner) {
        return;
    }
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

void FieldErrorPresenter::clear()
{
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        clearField(it.key());
    }
    showMessage({});
}

void FieldErrorPresenter::clearField(const QString& field)
{
    const Entry entry = m_entries.value(field);
    if (entry.label) {
        entry.label->clear();
        entry.label->hide();
    }
    markInvalid(entry.input, false);
}

QLabel* FieldErrorPresenter::errorLabel(const QString& field) const
{
    return m_entries.value(resolve(field)).label;
}

bool FieldErrorPresenter::hasErrors() const
{
    if (m_banner && m_banner->isVisible()) {
        return true;
    }
    for (const Entry& entry : m_entries) {
        if (entry.label && !entry.label->text().isEmpty()) {
            return true;
        }
    }
    return false;
}

void FieldErrorPresenter::markInvalid(QWidget* input, bool invalid)
{
    if (!input || input->property(kInvalidProperty).toBool() == invalid) {
        return;
    }
    input->setProperty(kInvalidProperty, invalid);
    input->setStyleSheet(invalid ? kInvalidInputStyle : QString());
}

} // namespace castellan::console
