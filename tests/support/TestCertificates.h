#pragma once

#include <QString>

namespace castellan::test {

/// A throw-away PKI for TLS tests, made with the openssl command: a CA, a server certificate for 127.0.0.1,
/// localhost and ::1, and a client certificate, all issued by the CA (PEM files in `dir`).
struct TestCertificates
{
    QString caCert;
    QString serverCert;
    QString serverKey;
    QString clientCert;
    QString clientKey;

    /// Creates the files; empty paths (and `error`) when openssl fails.
    static TestCertificates create(const QString& dir, QString* error = nullptr);
};

} // namespace castellan::test
