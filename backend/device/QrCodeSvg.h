#pragma once

#include <string>

namespace castellan {

/// Renders text (an `otpauth://` URI, a QR-login challenge) as a QR code in SVG, via libqrencode.
/// Error correction level M, a 4-module quiet zone, one <path> of dark modules: small enough to inline in
/// JSON and HTML.
std::string qrCodeSvg(const std::string& text);

} // namespace castellan
