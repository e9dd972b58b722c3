# License: keys (Ed25519), license months, and the gate with its alarms on SQLite and PostgreSQL.
foreach(test IN ITEMS TestLicenseKey TestLicenseTimeZone)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
endforeach()
castellan_add_qtest(NAME TestLicenseService SOURCES TestLicenseService.cpp DeviceFixture.h
    LIBS castellan_test_support LABELS store DATABASES sqlite postgresql)
