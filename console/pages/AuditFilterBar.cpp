#include "pages/AuditFilterBar.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace castellan::console {

namespace {

constexpr int kTextFilterWidth = 120;

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent), m_user(textFilter(QStringLiteral("userFilter"))),
      m_actor(textFilter(QStringLiteral("actorFilter"))), m_event(textFilter(QStringLiteral("eventFilter"))),
      m_fromBox(new QCheckBox), m_from(timeFilter(QStringLiteral("fromFilter"), m_fromBox)), m_toBox(new QCheckBox),
      m_to(timeFilter(QStringLiteral("toFilter"), m_toBox)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_fromBox->setObjectName(QStringLiteral("fromBox"));
    m_toBox->setObjectName(QStringLiteral("toBox"));
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_to->setDateTime(QDateTime::currentDateTime());
    m_delay->setSingleShot(true);
    m_delay->setInterval(kEditDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_user, m_actor, m_event, m_fromBox, m_from, m_toBox, m_to}) {
        layout->addWidget(widget);
    }
    retranslateUi();
}

QLineEdit* AuditFilterBar::textFilter(const QString& name)
{
    auto* field = new QLineEdit;
    field->setObjectName(name);
    field->setClearButtonEnabled(true);
    field->setMaximumWidth(kTextFilterWidth);
    connect(field, &QLineEdit::textChanged, this, [this] { m_delay->start(); });
    return field;
}

QDateTimeEdit* AuditFilterBar::timeFilter(const QString& name, QCheckBox* box)
{
    auto* field = new QDateTimeEdit;
    field->setObjectName(name);
    field->setCalendarPopup(true);
    field->setEnabled(false);
    connect(box, &QCheckBox::toggled, field, &QWidget::setEnabled);
    connect(box, &QCheckBox::toggled, this, [this] { m_delay->start(); });
    connect(field, &QDateTimeEdit::dateTimeChanged, this, [this] { m_delay->start(); });
    return field;
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter filter;
    filter.user = m_user->text().trimmed();
    filter.actor = m_actor->text().trimmed();
    filter.event = m_event->text().trimmed();
    if (m_fromBox->isChecked()) {
        filter.from = m_from->dateTime();
    }
    if (m_toBox->isChecked()) {
        filter.to = m_to->dateTime();
    }
    return filter;
}

void AuditFilterBar::clear()
{
    for (QLineEdit* field : {m_user, m_actor, m_event}) {
        field->clear();
    }
    m_fromBox->setChecked(false);
    m_toBox->setChecked(false);
}

void AuditFilterBar::retranslateUi()
{
    m_user->setPlaceholderText(tr("User"));
    m_actor->setPlaceholderText(tr("Actor"));
    m_event->setPlaceholderText(tr("Event"));
    m_user->setToolTip(tr("The user the event is about"));
    m_actor->setToolTip(tr("Who did it: an admin (admin:name), an API client, a user"));
    m_event->setToolTip(tr("The event's name, e.g. user.create or admin.login"));
    m_fromBox->setText(tr("From"));
    m_toBox->setText(tr("To"));
}

void AuditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace castellan::console
