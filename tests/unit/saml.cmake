# SAML 2.0 IdP: protocol functions over strings, and the signing keys (rotation included) on SQLite and PostgreSQL.
castellan_add_qtest(NAME TestSamlProtocol SOURCES TestSamlProtocol.cpp LIBS castellan_backend LABELS unit)
castellan_add_qtest(NAME TestIdpKeyStore SOURCES TestIdpKeyStore.cpp LIBS castellan_test_support LABELS store
    DATABASES sqlite postgresql)
