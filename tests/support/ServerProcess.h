#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace castellan::test {

/// Runs the real castellan-server binary (env CASTELLAN_SERVER_BINARY) on loopback with a free port.
class ServerProcess
{
public:
    /// `stateDir`: the server's state directory; `args`: extra arguments such as `--set db.url=...`.
    ServerProcess(QString stateDir, QStringList args = {});
    ~ServerProcess();

    /// Starts the server and waits until it reports its HTTPS listener; false (with output kept) otherwise.
    bool start(int timeoutMs = 60000);
    /// SIGTERM and wait; returns the exit code (-1 when it did not exit in time).
    int stop(int timeoutMs = 30000);
    /// SIGKILL and wait.
    void kill();

    /// The port of the single HTTPS listener, or of the admin listener when http.public_port splits them.
    int httpsPort() const { return m_port; }
    /// The public listener's port when http.public_port splits the listeners; 0 otherwise.
    int publicHttpsPort() const { return m_publicPort; }
    /// The ports of the RADIUS listeners from the start-up log (pass `--set radius.port=auto` etc.); 0 when off.
    int radiusPort() const { return m_radiusPort; }
    int radiusAccountingPort() const { return m_radiusAccountingPort; }
    int radsecPort() const { return m_radsecPort; }
    QString stdoutText();
    QString stderrText();
    QProcess& process() { return m_process; }

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs the binary to completion with `args` (for option and configuration checks).
    static Outcome runToExit(const QStringList& args, int timeoutMs = 60000, const QByteArray& input = {});
    static QString binary();

private:
    void drain();
    void readRadiusPorts();

    QString m_stateDir;
    QStringList m_args;
    QProcess m_process;
    QString m_out;
    QString m_err;
    int m_port = 0;
    int m_publicPort = 0;
    int m_radiusPort = 0;
    int m_radiusAccountingPort = 0;
    int m_radsecPort = 0;
};

} // namespace castellan::test
