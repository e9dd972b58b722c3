# Tests of the users CSV import and export (backend/auth/UserImport, UserImporter, UserExport, UserCsvColumns).
# Data files live under tests/data/csv-import; store tests run on SQLite and on PostgreSQL.
foreach(test IN ITEMS TestUserImport TestUserCsvColumns TestHotpTokenImport)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
foreach(test IN ITEMS TestUserImporter TestUserExport)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_test_support LABELS store
        DATABASES sqlite postgresql)
endforeach()
