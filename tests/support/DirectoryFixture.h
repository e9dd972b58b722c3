#pragma once

#include <QString>

#include <string>

namespace castellan::test {

/// What a directory fixture (tests/support/slapd-fixture.sh, samba-ad-fixture.sh) wrote about the directory it runs,
/// read from its directory of files.
struct DirectoryFixture
{
    QString directory;
    std::string url;      ///< ldap:// (StartTLS offered)
    std::string ldapsUrl; ///< ldaps://
    std::string caPem;
    std::string baseDn;
    std::string bindDn;
    std::string bindPassword;
    std::string userPassword;

    /// The fixture whose files are in `directory` (empty members when it did not run).
    static DirectoryFixture load(const QString& directory);
    /// The fixture named by an environment variable (CASTELLAN_LDAP_DIR, CASTELLAN_AD_DIR).
    static DirectoryFixture fromEnvironment(const char* variable);
    /// One of the fixture's files, trimmed unless `wholeFile`.
    std::string file(const QString& name, bool wholeFile = false) const;
    bool running() const { return !url.empty() && !caPem.empty(); }
};

} // namespace castellan::test
