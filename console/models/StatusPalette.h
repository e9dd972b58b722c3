#pragma once

#include <QBrush>

namespace castellan::console {

/// The colours tables use for states, the same on every page; readable on light and dark palettes.
class StatusPalette
{
public:
    /// Text of something switched off (disabled user or client).
    static QBrush inactiveText();
    /// Text of something refused or failed (blocked, expired, failure).
    static QBrush alertText();
    /// Background of something that needs attention soon (expiring).
    static QBrush warningBackground();
    /// Background of something already wrong (expired, blocked).
    static QBrush alertBackground();
    /// Text of something in good order (verified, delivered).
    static QBrush goodText();
};

} // namespace castellan::console
