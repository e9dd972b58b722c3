# SoftOTP devices: P-256 device keys and request signing (common/device), signed-request verification, the
# enrollment life cycle and push challenges (on SQLite and PostgreSQL), and the reference client's QR reading.
foreach(test IN ITEMS TestDeviceKey TestDeviceRequestSignature)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_common LABELS unit)
endforeach()
foreach(test IN ITEMS TestDeviceRequestVerifier TestDeviceRepository TestPushChallenges)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp DeviceFixture.h LIBS castellan_test_support LABELS store
        DATABASES sqlite postgresql)
endforeach()
castellan_add_qtest(NAME TestEnrollmentLink SOURCES TestEnrollmentLink.cpp LIBS castellan_device_client LABELS unit)
