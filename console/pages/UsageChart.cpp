#include "pages/UsageChart.h"

#include "models/StatusPalette.h"

#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace castellan::console {

namespace {

constexpr double kHeadroom = 1.15;
constexpr double kBarShare = 0.6;
constexpr int kMargin = 8;
constexpr int kLabelHeight = 18;
constexpr int kMinimumSlots = 6; // a single month is a bar, not a wall

} // namespace

UsageChart::UsageChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UsageChart::setAnalytics(const LicenseAnalytics& analytics)
{
    m_analytics = analytics;
    update();
}

QList<LicenseAnalytics::Month> UsageChart::shownMonths() const
{
    return m_analytics.months.mid(std::max<qsizetype>(0, m_analytics.months.size() - kMonthsShown));
}

QRectF UsageChart::plotArea() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin + kLabelHeight, -kMargin, -(kMargin + kLabelHeight));
}

double UsageChart::scaleTop() const
{
    int highest = m_analytics.userLimit;
    for (const LicenseAnalytics::Month& month : m_analytics.months) {
        highest = std::max(highest, month.uniqueUsers);
    }
    return std::max(1.0, highest * kHeadroom);
}

QString UsageChart::monthLabel(const QString& month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yy")) : month;
}

void UsageChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotArea();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (shownMonths().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No sign-ins counted yet."));
        return;
    }
    drawBars(painter, plot);
    drawLimit(painter, plot);
}

void UsageChart::drawBars(QPainter& painter, const QRectF& plot) const
{
    const QList<LicenseAnalytics::Month> months = shownMonths();
    const int slotCount = std::max<int>(kMinimumSlots, int(months.size()));
    const double slot = plot.width() / slotCount;
    const double first = plot.right() - slot * months.size(); // the newest month at the right
    const double top = scaleTop();
    for (int i = 0; i < months.size(); ++i) {
        const LicenseAnalytics::Month& month = months.at(i);
        const double height = plot.height() * month.uniqueUsers / top;
        const QRectF bar(first + slot * i + slot * (1 - kBarShare) / 2, plot.bottom() - height, slot * kBarShare,
                         height);
        const bool over = m_analytics.userLimit > 0 && month.uniqueUsers > m_analytics.userLimit;
        painter.fillRect(bar, over ? StatusPalette::alertText() : palette().brush(QPalette::Highlight));
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF slotRect(first + slot * i, 0, slot, 0);
        painter.drawText(QRectF(slotRect.left(), bar.top() - kLabelHeight, slot, kLabelHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(month.uniqueUsers));
        painter.drawText(QRectF(slotRect.left(), plot.bottom() + 2, slot, kLabelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, monthLabel(month.month));
    }
}

void UsageChart::drawLimit(QPainter& painter, const QRectF& plot) const
{
    if (m_analytics.userLimit <= 0) {
        return;
    }
    const double y = plot.bottom() - plot.height() * m_analytics.userLimit / scaleTop();
    QPen pen(StatusPalette::alertText().color(), 1, Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    painter.drawText(QRectF(plot.left(), y - kLabelHeight, plot.width(), kLabelHeight),
                     Qt::AlignRight | Qt::AlignBottom, tr("Limit %1").arg(QLocale().toString(m_analytics.userLimit)));
}

} // namespace castellan::console
