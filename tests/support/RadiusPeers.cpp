#include "RadiusPeers.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QUdpSocket>

namespace castellan::test {
namespace {

/// The part of radclient's output after "Received ...".
QString answerPart(const QString& out)
{
    const int at = out.indexOf("Received ");
    return at < 0 ? QString() : out.mid(at);
}

} // namespace

bool RadclientResult::received(const QString& code) const
{
    return out.contains("Received " + code + " ");
}

QString RadclientResult::attribute(const QString& name) const
{
    const QRegularExpression line("^\\s+" + QRegularExpression::escape(name) + " = (.*)$",
                                  QRegularExpression::MultilineOption);
    QString value = line.match(answerPart(out)).captured(1).trimmed();
    if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
}

QStringList RadclientResult::attributeNames() const
{
    static const QRegularExpression line("^\\s+([A-Za-z0-9-]+) = ", QRegularExpression::MultilineOption);
    QStringList names;
    for (const auto& match : line.globalMatch(answerPart(out))) {
        names << match.captured(1);
    }
    return names;
}

RadclientResult RadiusPeers::radclient(const QString& command, const QString& server, const QString& secret,
                                       const QString& attributes, int timeoutSeconds)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("radclient", {"-x", "-r", "1", "-t", QString::number(timeoutSeconds), server, command, secret});
    p.waitForStarted(10000);
    p.write(attributes.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QList<QJsonObject> RadiusPeers::pyrad(const QStringList& args)
{
    QProcess p;
    const QString script = qEnvironmentVariable("CASTELLAN_SOURCE_DIR") + "/tests/integration/radius/radius_peer.py";
    p.start("/usr/bin/python3", QStringList{script} + args);
    p.waitForFinished(30000);
    QList<QJsonObject> answers;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            answers << QJsonDocument::fromJson(line).object();
        }
    }
    if (answers.isEmpty()) {
        answers << QJsonObject{{"error", QString::fromUtf8(p.readAllStandardError())}};
    }
    return answers;
}

int RadiusPeers::freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

} // namespace castellan::test
