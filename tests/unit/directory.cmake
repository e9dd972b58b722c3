# Directories (backend/directory): RFC 4515 filters from tests/data/ldap, and how entries are read. The tests against
# a real directory are integration tests (tests/integration/TestDirectories.cpp, the slapd fixture).
foreach(test IN ITEMS TestLdapFilter TestDirectoryUserLookup)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS "unit;directory")
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
