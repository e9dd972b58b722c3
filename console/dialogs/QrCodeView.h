#pragma once

#include <QWidget>

class QSvgRenderer;

namespace castellan::console {

/// A QR code the server drew as SVG, shown square on a white quiet zone whatever the palette, so phones
/// read it on dark themes too.
class QrCodeView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSide = 240;

    explicit QrCodeView(QWidget* parent = nullptr);

    /// Shows an SVG document; false (and an empty view) when it is not one.
    bool setSvg(const QByteArray& svg);
    bool hasCode() const;

    QSize sizeHint() const override { return {kSide, kSide}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer;
};

} // namespace castellan::console
