#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

namespace castellan::test {

ServerProcess::ServerProcess(QString stateDir, QStringList args)
    : m_stateDir(std::move(stateDir)), m_args(std::move(args))
{}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        kill();
    }
}

QString ServerProcess::binary()
{
    return qEnvironmentVariable("CASTELLAN_SERVER_BINARY");
}

void ServerProcess::drain()
{
    m_out += QString::fromUtf8(m_process.readAllStandardOutput());
    m_err += QString::fromUtf8(m_process.readAllStandardError());
}

QString ServerProcess::stdoutText()
{
    drain();
    return m_out;
}

QString ServerProcess::stderrText()
{
    drain();
    return m_err;
}

bool ServerProcess::start(int timeoutMs)
{
    QStringList args{"--state-dir", m_stateDir, "--set", "http.port=0", "--set", "radius.port=0"};
    args += m_args;
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    // The single listener, or the admin side of the split (the public side's port: publicHttpsPort()).
    static const QRegularExpression kListening(R"(listening https(?:-admin)? \S+:(\d+))");
    static const QRegularExpression kPublic(R"(listening https-public \S+:(\d+))");
    const qsizetype logStart = m_err.size(); // a restarted server: only this run's listener counts
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            drain();
            return false;
        }
        m_process.waitForReadyRead(100);
        drain();
        const auto match = kListening.match(m_err, logStart);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            const auto publicMatch = kPublic.match(m_err, logStart);
            m_publicPort = publicMatch.hasMatch() ? publicMatch.captured(1).toInt() : 0;
            readRadiusPorts();
            return true;
        }
    }
    return false;
}

void ServerProcess::readRadiusPorts()
{
    // The RADIUS listeners open before HTTPS, so their lines are already in the log.
    static const QRegularExpression kRadius(R"(listening radius udp \S+:(\d+))");
    static const QRegularExpression kAccounting(R"(listening radius-accounting udp \S+:(\d+))");
    static const QRegularExpression kRadSec(R"(listening radsec tls \S+:(\d+))");
    m_radiusPort = kRadius.match(m_err).captured(1).toInt();
    m_radiusAccountingPort = kAccounting.match(m_err).captured(1).toInt();
    m_radsecPort = kRadSec.match(m_err).captured(1).toInt();
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        drain();
        return m_process.exitCode();
    }
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    const bool exited = m_process.waitForFinished(timeoutMs);
    drain();
    return exited && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    drain();
}

ServerProcess::Outcome ServerProcess::runToExit(const QStringList& args, int timeoutMs, const QByteArray& input)
{
    QProcess process;
    process.start(binary(), args);
    process.waitForStarted(10000);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "timed out";
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace castellan::test
