#pragma once

#include <QString>

namespace castellan::console::sharedSecret {

/// Characters of a generated secret: letters and digits without the look-alikes 0 O 1 l I, so a secret read
/// off the screen and typed into a NAS comes out the same.
inline constexpr QLatin1String kAlphabet("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
/// 32 characters of 57: about 186 bits, far above what RFC 2865 §3 asks (at least 16 octets).
inline constexpr int kLength = 32;

/// A RADIUS shared secret from the system's cryptographically secure generator (QRandomGenerator::system).
QString generate(int length = kLength);

} // namespace castellan::console::sharedSecret
