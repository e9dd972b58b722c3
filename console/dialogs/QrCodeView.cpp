#include "dialogs/QrCodeView.h"

#include <QPainter>
#include <QSvgRenderer>

namespace castellan::console {

namespace {

constexpr int kQuietZone = 12;

} // namespace

QrCodeView::QrCodeView(QWidget* parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("qrCode"));
    setMinimumSize(kSide, kSide);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

bool QrCodeView::setSvg(const QByteArray& svg)
{
    const bool loaded = m_renderer->load(svg);
    update();
    return loaded;
}

bool QrCodeView::hasCode() const
{
    return m_renderer->isValid();
}

void QrCodeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (m_renderer->isValid()) {
        m_renderer->render(&painter, square.adjusted(kQuietZone, kQuietZone, -kQuietZone, -kQuietZone));
    }
}

} // namespace castellan::console
