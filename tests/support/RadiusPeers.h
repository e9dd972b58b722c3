#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace castellan::test {

/// What FreeRADIUS's radclient printed for one request (run with -x).
struct RadclientResult
{
    int exitCode = -1;
    QString out;

    /// Whether an answer of `code` ("Access-Accept") arrived.
    bool received(const QString& code) const;
    /// The first value radclient printed for `attribute` in the answer, without quotes; empty when absent.
    QString attribute(const QString& attribute) const;
    /// The attribute names of the answer, in order.
    QStringList attributeNames() const;
};

/// Independent RADIUS peers the integration tests drive the server with.
class RadiusPeers
{
public:
    /// Runs `radclient -x -r 1 -t T server command secret` with `attributes` (one per line) on standard input.
    static RadclientResult radclient(const QString& command, const QString& server, const QString& secret,
                                     const QString& attributes, int timeoutSeconds = 2);
    /// Runs tests/integration/radius/radius_peer.py (pyrad, with Debian's /usr/bin/python3) and returns one JSON
    /// object per expected answer ({"code": null} when none came).
    static QList<QJsonObject> pyrad(const QStringList& args);
    /// A UDP port that was free a moment ago on 127.0.0.1.
    static int freeUdpPort();
};

} // namespace castellan::test
