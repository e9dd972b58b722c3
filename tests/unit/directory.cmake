# Directories (backend/directory): RFC 4515 filters from tests/data/ldap, how entries are read, and Active Directory's
# account state (disabled, expired, locked) from an entry's attributes. The tests against a real directory are
# integration tests (tests/integration/TestDirectories.cpp and TestActiveDirectory.cpp, fixtures slapd and samba_ad).
foreach(test IN ITEMS TestLdapFilter TestDirectoryUserLookup TestActiveDirectoryState)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS "unit;directory")
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
