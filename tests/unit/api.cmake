# REST contract tests: the OpenAPI document against the router, and every route against every kind of token.
# Both build the real ServerServices, so they run on SQLite and on PostgreSQL.
castellan_add_qtest(NAME TestOpenApiDocument SOURCES TestOpenApiDocument.cpp LIBS castellan_test_support
    LABELS store DATABASES sqlite postgresql)
castellan_add_qtest(NAME TestRouteScopes SOURCES TestRouteScopes.cpp LIBS castellan_test_support
    LABELS store DATABASES sqlite postgresql)
