#include "models/StatusPalette.h"

#include <QGuiApplication>
#include <QPalette>

namespace castellan::console {

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QBrush StatusPalette::inactiveText()
{
    return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
}

QBrush StatusPalette::alertText()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QBrush StatusPalette::warningBackground()
{
    return darkPalette() ? QColor(0x66, 0x4d, 0x03) : QColor(0xff, 0xf3, 0xcd);
}

QBrush StatusPalette::alertBackground()
{
    return darkPalette() ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xf8, 0xd7, 0xda);
}

QBrush StatusPalette::goodText()
{
    return darkPalette() ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

} // namespace castellan::console
