#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace castellan::test {
namespace {

bool openssl(const QStringList& args, QString* error)
{
    QProcess p;
    p.start("openssl", args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error) {
            *error = "openssl " + args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError());
        }
        return false;
    }
    return true;
}

/// A key and a certificate signed by the CA, with `extensions` (an openssl extension file's text).
bool issue(const QString& dir, const QString& name, const QString& subject, const QString& extensions, QString* error)
{
    QFile ext(dir + "/" + name + ".ext");
    if (!ext.open(QIODevice::WriteOnly)) {
        return false;
    }
    ext.write(extensions.toUtf8());
    ext.close();
    return openssl({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                    dir + "/" + name + ".key", "-out", dir + "/" + name + ".csr", "-subj", subject},
                   error) &&
           openssl({"x509", "-req", "-in", dir + "/" + name + ".csr", "-CA", dir + "/ca.crt", "-CAkey", dir + "/ca.key",
                    "-CAcreateserial", "-days", "2", "-sha256", "-extfile", ext.fileName(), "-out",
                    dir + "/" + name + ".crt"},
                   error);
}

} // namespace

TestCertificates TestCertificates::create(const QString& dir, QString* error)
{
    const bool made =
        openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                 dir + "/ca.key", "-out", dir + "/ca.crt", "-days", "2", "-subj", "/CN=Castellan Test CA", "-addext",
                 "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"},
                error) &&
        issue(dir, "server", "/CN=127.0.0.1",
              "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"
              "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\n",
              error) &&
        issue(dir, "client", "/CN=radsec-test-client",
              "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n", error);
    if (!made) {
        return {};
    }
    return {dir + "/ca.crt", dir + "/server.crt", dir + "/server.key", dir + "/client.crt", dir + "/client.key"};
}

} // namespace castellan::test
