#include "dialogs/DurationEdit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

namespace castellan::console {

namespace {

constexpr int kMaxAmount = 100'000;

} // namespace

DurationEdit::DurationEdit(QWidget* parent) : QWidget(parent), m_amount(new QSpinBox), m_unit(new QComboBox)
{
    m_amount->setObjectName(QStringLiteral("amountField"));
    m_unit->setObjectName(QStringLiteral("unitField"));
    m_amount->setRange(1, kMaxAmount);
    fillUnits(Seconds);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_unit);
    connect(m_amount, &QSpinBox::valueChanged, this, &DurationEdit::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DurationEdit::changed);
}

qint64 DurationEdit::unitSeconds(Unit unit)
{
    switch (unit) {
    case Seconds:
        return 1;
    case Minutes:
        return 60;
    case Hours:
        return 3600;
    case Days:
        return 86400;
    }
    return 1;
}

QString DurationEdit::unitName(Unit unit)
{
    switch (unit) {
    case Seconds:
        return tr("seconds");
    case Minutes:
        return tr("minutes");
    case Hours:
        return tr("hours");
    case Days:
        return tr("days");
    }
    return {};
}

void DurationEdit::fillUnits(Unit smallest)
{
    m_unit->clear();
    for (const Unit unit : {Seconds, Minutes, Hours, Days}) {
        if (unit >= smallest) {
            m_unit->addItem(unitName(unit), int(unit));
        }
    }
}

void DurationEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int index = 0; index < m_unit->count(); ++index) {
            m_unit->setItemText(index, unitName(static_cast<Unit>(m_unit->itemData(index).toInt())));
        }
    }
    QWidget::changeEvent(event);
}

void DurationEdit::setSmallestUnit(Unit smallest)
{
    const qint64 current = seconds();
    fillUnits(smallest);
    setSeconds(current);
}

qint64 DurationEdit::seconds() const
{
    return m_amount->value() * unitSeconds(static_cast<Unit>(m_unit->currentData().toInt()));
}

void DurationEdit::setSeconds(qint64 seconds)
{
    for (int index = m_unit->count() - 1; index >= 0; --index) {
        const qint64 size = unitSeconds(static_cast<Unit>(m_unit->itemData(index).toInt()));
        if (seconds % size == 0 || index == 0) {
            m_unit->setCurrentIndex(index);
            m_amount->setValue(int(std::max<qint64>(1, seconds / size)));
            return;
        }
    }
}

} // namespace castellan::console
