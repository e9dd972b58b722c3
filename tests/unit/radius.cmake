# RADIUS: the codec against the vector files under tests/data/radius/, and the server's pure parts.
foreach(test IN ITEMS TestRadiusPacket TestRadiusAttributeText TestUserPassword TestRadiusIntegrity
                      TestSourceNetwork TestDuplicateCache TestRadiusReplyAttributes TestRadiusWorkers
                      TestAccessRequestHandler TestRadiusClientActivity)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
# The dispatcher records accounting in the audit log, so it runs on both databases.
castellan_add_qtest(NAME TestRadiusDispatcher SOURCES TestRadiusDispatcher.cpp LIBS castellan_test_support
    LABELS store DATABASES sqlite postgresql)
castellan_add_qtest(NAME TestHandshakeDeadline SOURCES TestHandshakeDeadline.cpp LIBS castellan_backend LABELS unit)
