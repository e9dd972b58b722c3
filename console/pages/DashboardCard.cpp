#include "pages/DashboardCard.h"

#include "models/StatusPalette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr qreal kValueScale = 2.0;
constexpr int kMinimumWidth = 150;

} // namespace

DashboardCard::DashboardCard(const QString& objectName, QWidget* parent)
    : QFrame(parent), m_title(new QLabel), m_value(new QLabel), m_detail(new QLabel)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(kMinimumWidth);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_detail->setObjectName(QStringLiteral("cardDetail"));
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * kValueScale);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setFigure(QStringLiteral("\u2014"), QString());
}

void DashboardCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void DashboardCard::setFigure(const QString& value, const QString& detail, bool alert)
{
    m_value->setText(value);
    m_detail->setText(detail);
    QPalette palette = m_value->palette();
    palette.setBrush(QPalette::WindowText, alert ? StatusPalette::alertText() : QWidget::palette().windowText());
    m_value->setPalette(palette);
}

QString DashboardCard::value() const
{
    return m_value->text();
}

QString DashboardCard::detail() const
{
    return m_detail->text();
}

} // namespace castellan::console
