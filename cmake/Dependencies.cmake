# Every third-party dependency is a Debian package (see installer/bootstrap).
find_package(OpenSSL 3.0 REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
# Boost.Asio and Boost.Beast (header-only) drive the HTTPS listeners.
find_package(Boost 1.74 REQUIRED)

# Debian's PocoDataPostgreSQLTargets.cmake links PostgreSQL::client, which FindPostgreSQL does not define.
find_package(PostgreSQL REQUIRED)
if(NOT TARGET PostgreSQL::client)
    add_library(PostgreSQL::client INTERFACE IMPORTED)
    target_link_libraries(PostgreSQL::client INTERFACE PostgreSQL::PostgreSQL)
endif()
find_package(Poco 1.11 REQUIRED COMPONENTS
    Foundation Net NetSSL Crypto Util JSON XML Data DataSQLite DataPostgreSQL)

pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
# WebAuthn: libfido2 verifies attestations and assertions, libcbor reads attestation objects.
pkg_check_modules(FIDO2 REQUIRED IMPORTED_TARGET libfido2)
pkg_check_modules(CBOR REQUIRED IMPORTED_TARGET libcbor)
pkg_check_modules(PWQUALITY REQUIRED IMPORTED_TARGET pwquality)
pkg_check_modules(MAXMINDDB REQUIRED IMPORTED_TARGET libmaxminddb)

if(CASTELLAN_BUILD_CONSOLE OR CASTELLAN_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Svg Concurrent Test LinguistTools)
    qt_standard_project_setup()
endif()
if(CASTELLAN_BUILD_CONSOLE)
    find_package(Qt6Keychain REQUIRED)
endif()
