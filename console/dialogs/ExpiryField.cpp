#include "dialogs/ExpiryField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace castellan::console {

namespace {

const QTime kEndOfDay(23, 59, 59);
constexpr int kDefaultDays = 90;

} // namespace

ExpiryField::ExpiryField(QWidget* parent) : QWidget(parent), m_expiresBox(new QCheckBox), m_dateEdit(new QDateEdit)
{
    m_expiresBox->setObjectName(QStringLiteral("expiresBox"));
    m_dateEdit->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiresBox->setText(tr("Expires on"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(QDate::currentDate().addDays(kDefaultDays));
    m_dateEdit->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expiresBox);
    layout->addWidget(m_dateEdit, 1);

    connect(m_expiresBox, &QCheckBox::toggled, m_dateEdit, &QWidget::setEnabled);
    connect(m_expiresBox, &QCheckBox::toggled, this, &ExpiryField::changed);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ExpiryField::changed);
}

void ExpiryField::setExpiry(const QDateTime& expiresAt)
{
    m_original = expiresAt;
    m_expiresBox->setChecked(expiresAt.isValid());
    if (expiresAt.isValid()) {
        m_dateEdit->setDate(expiresAt.toLocalTime().date());
    }
}

QDateTime ExpiryField::expiry() const
{
    if (!m_expiresBox->isChecked()) {
        return {};
    }
    const QDate date = m_dateEdit->date();
    if (m_original.isValid() && m_original.toLocalTime().date() == date) {
        return m_original;
    }
    return QDateTime(date, kEndOfDay);
}

void ExpiryField::extendBy(int days)
{
    const QDate shown = m_expiresBox->isChecked() ? m_dateEdit->date() : QDate::currentDate();
    m_expiresBox->setChecked(true);
    m_dateEdit->setDate(std::max(shown, QDate::currentDate()).addDays(days));
}

} // namespace castellan::console
