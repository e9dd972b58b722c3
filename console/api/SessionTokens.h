#pragma once

#include <QMetaType>
#include <QString>

namespace castellan::console {

/// The tokens an admin login answers (`POST /api/v1/auth/login`): the short-lived bearer token and
/// the refresh token that renews it.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    friend bool operator==(const SessionTokens&, const SessionTokens&) = default;
};

} // namespace castellan::console

Q_DECLARE_METATYPE(castellan::console::SessionTokens)
