#pragma once

#include <QByteArray>

namespace castellan::console {

/// A resource with the ETag its GET answered, to send back as If-Match when changing it.
template <typename T> struct Tagged
{
    T value;
    QByteArray etag;
};

} // namespace castellan::console
