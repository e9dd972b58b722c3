# Backend unit tests (no database) and store tests (run on SQLite and on PostgreSQL).
castellan_add_qtest(NAME TestDatabaseUrl SOURCES TestDatabaseUrl.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestServerConfig SOURCES TestServerConfig.cpp LIBS castellan_backend LABELS unit)
# The systemd notification protocol (sd_notify) without libsystemd.
castellan_add_qtest(NAME TestServiceNotifier SOURCES TestServiceNotifier.cpp LIBS castellan_backend
    LABELS unit package)
# journald's native protocol (JournalChannel) and the MESSAGE_IDs of events (JournalEvents).
castellan_add_qtest(NAME TestJournalChannel SOURCES TestJournalChannel.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestRouter SOURCES TestRouter.cpp LIBS castellan_backend LABELS unit)
# libpwquality behind PasswordPolicy: trivial passwords refused, its error codes mapped to our reasons.
castellan_add_qtest(NAME TestPasswordQuality SOURCES TestPasswordQuality.cpp LIBS castellan_backend LABELS unit)
# The portal's pure parts: User-Agent parsing for the sessions page, the last-method rule of sign-in methods.
castellan_add_qtest(NAME TestUserAgent SOURCES TestUserAgent.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestPortalMethodPages SOURCES TestPortalMethodPages.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestApiText SOURCES TestApiText.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestConnectionLimits SOURCES TestConnectionLimits.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestHttpExchange SOURCES TestHttpExchange.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestJsonBody SOURCES TestJsonBody.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestSortableColumns SOURCES TestSortableColumns.cpp LIBS castellan_backend LABELS unit)
# Fail closed without application profiles: the rule per user and what health reports per channel.
castellan_add_qtest(NAME TestProfilelessLogin SOURCES TestProfilelessLogin.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestSecondFactorEnforcement SOURCES TestSecondFactorEnforcement.cpp LIBS castellan_backend
    LABELS unit)

castellan_add_qtest(NAME TestMigrator SOURCES TestMigrator.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
castellan_add_qtest(NAME TestAuditLog SOURCES TestAuditLog.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
castellan_add_qtest(NAME TestDatabase SOURCES TestDatabase.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
castellan_add_qtest(NAME TestHousekeeping SOURCES TestHousekeeping.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
# List routes' search and sort orders, the same on both databases.
foreach(test IN ITEMS TestUserRepository TestApiClientRepository TestLockoutRepository TestLicenseRepository)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_test_support LABELS store
        DATABASES sqlite postgresql)
endforeach()
# WebAuthn ceremonies with a software authenticator built in the test (OpenSSL + libcbor).
castellan_add_qtest(NAME TestWebAuthnVerifier SOURCES TestWebAuthnVerifier.cpp LIBS castellan_backend LABELS unit)
# Backup and restore's copy of every table, also from SQLite into PostgreSQL.
castellan_add_qtest(NAME TestTableCopy SOURCES TestTableCopy.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
