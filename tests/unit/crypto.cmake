# Tests of backend/crypto: master key file, sealed secrets, password hashing, certificate fingerprints.
foreach(test IN ITEMS TestBase64 TestMasterKey TestSecretBox TestPassphraseBox TestPasswordHasher TestCertificateSummary)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
endforeach()
