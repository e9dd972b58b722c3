# Debian packages (CPack DEB, one package per component): castellan-server and castellan-console.
# Built by `cmake --workflow --preset package` into build/package/. CPack has no debhelper: the maintainer
# scripts, conffiles, changelog and copyright come from installer/ and are described in README.md
# ("Installing the packages").
include(GNUInstallDirs)

set(CASTELLAN_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)
set(CASTELLAN_PACKAGE_STAGING ${CMAKE_BINARY_DIR}/package-staging)
file(MAKE_DIRECTORY ${CASTELLAN_PACKAGE_STAGING})

# Debian wants man pages and the changelog gzip-compressed without a time stamp (-n), so the packages
# are reproducible.
find_program(CASTELLAN_GZIP gzip REQUIRED)
function(castellan_gzip input output)
    add_custom_command(OUTPUT ${output}
        COMMAND sh -c "${CASTELLAN_GZIP} -9nc \"$1\" > \"$2\"" gzip ${input} ${output}
        DEPENDS ${input}
        COMMENT "Compressing ${output}" VERBATIM)
    list(APPEND CASTELLAN_PACKAGE_GENERATED ${output})
    set(CASTELLAN_PACKAGE_GENERATED ${CASTELLAN_PACKAGE_GENERATED} PARENT_SCOPE)
endfunction()

set(CASTELLAN_PACKAGE_MAINTAINER "Castellan MFA packaging <packages@castellan.example>")
foreach(component castellan-server castellan-console)
    configure_file(${CASTELLAN_INSTALLER_DIR}/debian/changelog.in ${CASTELLAN_PACKAGE_STAGING}/${component}.changelog
        @ONLY)
    castellan_gzip(${CASTELLAN_PACKAGE_STAGING}/${component}.changelog
        ${CASTELLAN_PACKAGE_STAGING}/${component}/changelog.gz)
    file(MAKE_DIRECTORY ${CASTELLAN_PACKAGE_STAGING}/${component})
endforeach()
castellan_gzip(${CASTELLAN_INSTALLER_DIR}/man/castellan-server.8 ${CASTELLAN_PACKAGE_STAGING}/castellan-server.8.gz)
castellan_gzip(${CASTELLAN_INSTALLER_DIR}/man/castellan-console.1 ${CASTELLAN_PACKAGE_STAGING}/castellan-console.1.gz)
add_custom_target(castellan_package_files ALL DEPENDS ${CASTELLAN_PACKAGE_GENERATED})

# --- castellan-server -------------------------------------------------------------------------------
install(TARGETS castellan-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
# Absolute paths: Debian 12 keeps system units in /lib/systemd/system (lintian expects them there), and the
# configuration is /etc/castellan whatever CMAKE_INSTALL_PREFIX a development build has.
install(FILES ${CASTELLAN_INSTALLER_DIR}/systemd/castellan.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${CASTELLAN_INSTALLER_DIR}/etc/castellan.properties
    DESTINATION /etc/castellan COMPONENT server)
install(FILES ${CASTELLAN_INSTALLER_DIR}/systemd/bind-443.conf
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/castellan-server/examples COMPONENT server)
install(FILES ${CASTELLAN_PACKAGE_STAGING}/castellan-server.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8
    COMPONENT server)

# --- castellan-console ------------------------------------------------------------------------------
# The translations are compiled into the binary (:/i18n), so the binary carries them.
if(CASTELLAN_BUILD_CONSOLE)
    install(TARGETS castellan-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
    install(FILES ${CASTELLAN_INSTALLER_DIR}/desktop/castellan-console.desktop
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT console)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/console/icons/castellan.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps RENAME castellan-console.svg
        COMPONENT console)
    install(FILES ${CASTELLAN_PACKAGE_STAGING}/castellan-console.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
        COMPONENT console)
endif()

foreach(component server console)
    install(FILES ${CASTELLAN_PACKAGE_STAGING}/castellan-${component}/changelog.gz
        ${CASTELLAN_INSTALLER_DIR}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/castellan-${component} COMPONENT ${component})
endforeach()

# --- CPack ------------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME castellan)
# CPackDeb puts a summary different from CPack's default in front of every component's description; the
# components' own first lines are their synopses, so the summary stays CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_VENDOR "Castellan MFA")
set(CPACK_PACKAGE_CONTACT "${CASTELLAN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(CASTELLAN_BUILD_CONSOLE)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CASTELLAN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://castellan.example/")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME castellan-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, cracklib-runtime")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "systemd")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CASTELLAN_INSTALLER_DIR}/debian/castellan-server/conffiles
    ${CASTELLAN_INSTALLER_DIR}/debian/castellan-server/postinst
    ${CASTELLAN_INSTALLER_DIR}/debian/castellan-server/prerm
    ${CASTELLAN_INSTALLER_DIR}/debian/castellan-server/postrm)
# A component's description: the first line is the package's synopsis, the rest its extended description.
set(CPACK_COMPONENT_SERVER_DESCRIPTION "on-premises multi-factor authentication server
Castellan MFA checks TOTP/HOTP, push, SMS and e-mail codes and WebAuthn
through a REST API, RADIUS and RadSec, a SAML identity provider and a
registration portal. It runs as the hardened systemd service castellan.service.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME castellan-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION admin)
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "administration console for Castellan MFA
Qt desktop console for a Castellan MFA server: users and their factors,
API and RADIUS clients, security settings, license and audit log.")

include(CPack)
