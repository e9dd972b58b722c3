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
# Audit to syslog: RFC 5424 formatting and escaping, the audit event's structured data, and the bounded queue with a
# stand-in connection (the real rsyslog is in tests/integration/TestAuditSyslog).
foreach(test IN ITEMS TestSyslogMessage TestAuditSyslogMessage TestSyslogForwarder)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_backend LABELS unit)
endforeach()
