#include "DirectoryFixture.h"

#include <QFile>
#include <QtGlobal>

namespace castellan::test {

std::string DirectoryFixture::file(const QString& name, bool wholeFile) const
{
    QFile f(directory + "/" + name);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray content = f.readAll();
    return (wholeFile ? content : content.trimmed()).toStdString();
}

DirectoryFixture DirectoryFixture::load(const QString& directory)
{
    DirectoryFixture f;
    f.directory = directory;
    f.url = f.file("url");
    f.ldapsUrl = f.file("ldaps_url");
    f.caPem = f.file("ca.pem", true);
    f.baseDn = f.file("base_dn");
    f.bindDn = f.file("bind_dn");
    f.bindPassword = f.file("bind_password");
    f.userPassword = f.file("user_password");
    return f;
}

DirectoryFixture DirectoryFixture::fromEnvironment(const char* variable)
{
    return load(qEnvironmentVariable(variable));
}

} // namespace castellan::test
