# Tests of common/validation, common/csv and common/core/Rfc3339. Vector files live under tests/data/validation,
# tests/data/rfc3339 and tests/data/csv.
foreach(test IN ITEMS TestUtf8 TestFreeText TestUsername TestPhoneNumber TestEmailAddress TestIpv4Address
                      TestPasswordPolicy TestUserValidator TestExpiryExtension TestRfc3339 TestCsvReader TestCsvWriter)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_common LABELS unit)
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
