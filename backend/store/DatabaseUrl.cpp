#include "store/DatabaseUrl.h"

#include <libpq-fe.h>

#include <regex>

namespace castellan {
namespace {

Error badUrl(const std::string& why)
{
    return Error::of(ErrorCode::Configuration, why);
}

std::string redactPassword(const std::string& url)
{
    static const std::regex kPassword(R"(^(postgres(?:ql)?://[^:/@]*:)[^@]*@)");
    return std::regex_replace(url, kPassword, "$1***@");
}

Result<DatabaseUrl> parsePostgres(const std::string& url)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
    if (!options) {
        std::string why = message ? message : "unparseable";
        PQfreemem(message);
        while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) {
            why.pop_back();
        }
        return badUrl("not a valid PostgreSQL URL: " + why);
    }
    // Poco's connector takes libpq's keyword=value form, so the URL is rewritten from libpq's own parse.
    bool hasDatabase = false;
    std::string keywords;
    std::string badPort;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val) {
            continue;
        }
        const std::string keyword = option->keyword;
        const std::string value = option->val;
        hasDatabase = hasDatabase || keyword == "dbname";
        if (keyword == "port" && (value.find_first_not_of("0123456789") != std::string::npos || value.size() > 5 ||
                                  std::stoi(value) < 1 || std::stoi(value) > 65535)) {
            badPort = value;
        }
        std::string quoted;
        for (char c : value) {
            if (c == '\\' || c == '\'') {
                quoted.push_back('\\');
            }
            quoted.push_back(c);
        }
        keywords += (keywords.empty() ? "" : " ") + keyword + "='" + quoted + "'";
    }
    PQconninfoFree(options);
    if (!badPort.empty()) {
        return badUrl("not a valid PostgreSQL URL: port '" + badPort + "' is not from 1 to 65535");
    }
    if (!hasDatabase) {
        return badUrl("the PostgreSQL URL names no database (postgresql://user:pass@host:port/DATABASE)");
    }
    return DatabaseUrl{SqlDialect::PostgreSql, "PostgreSQL", keywords, redactPassword(url)};
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const std::string& url)
{
    static const std::string kSqlite = "sqlite:";
    if (url.rfind(kSqlite, 0) == 0) {
        std::string path = url.substr(kSqlite.size());
        if (path.rfind("//", 0) == 0) {
            path = path.substr(2); // accept sqlite:///abs/path and sqlite://rel/path
        }
        if (path.empty()) {
            return badUrl("the SQLite URL names no file (sqlite:/path/to/castellan.db)");
        }
        return DatabaseUrl{SqlDialect::Sqlite, "SQLite", path, url};
    }
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
        return parsePostgres(url);
    }
    return badUrl("unsupported database URL (expected sqlite:<path> or postgresql://...)");
}

} // namespace castellan
