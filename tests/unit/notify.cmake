# Tests of backend/notify: message texts and encodings without sockets; the SMTP sender and the SMS gateway
# against loopback servers that record what they receive; the code store and the delivery facade on SQLite
# and PostgreSQL.
foreach(test IN ITEMS TestEncodedWord TestGatewayTemplate TestStatusCodeSet TestSmsGatewaySettings
                      TestSmsGatewayRequest TestCodeMessages)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
endforeach()
foreach(test IN ITEMS TestSmtpMailSender TestHttpSmsGateway)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_test_support LABELS unit)
endforeach()
foreach(test IN ITEMS TestOneTimeCodes TestOtpDelivery)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_test_support LABELS store
        DATABASES sqlite postgresql)
endforeach()
