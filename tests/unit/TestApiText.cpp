#include "core/Result.h"
#include "rest/ApiText.h"
#include "rest/Problem.h"
#include "rest/Router.h"
#include "validation/EmailAddress.h"
#include "validation/PasswordPolicy.h"
#include "validation/PhoneNumber.h"
#include "validation/Username.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QtTest>

#include <regex>
#include <set>

using namespace castellan;

/// The REST API's messages in Turkish: the catalog is well formed, the validators' messages are all in it, patterns
/// carry their numbers across, and the router translates problem details and administration answers for a caller
/// asking for Turkish while leaving English callers' answers untouched.
class TestApiText : public QObject
{
    Q_OBJECT

private:
    static std::set<std::string> holes(const std::string& text)
    {
        std::set<std::string> found;
        static const std::regex hole(R"(\{[1-9]\})");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), hole); it != std::sregex_iterator(); ++it) {
            found.insert(it->str());
        }
        return found;
    }

    static void verifyTranslated(const std::string& english)
    {
        const std::string turkish = ApiText::instance().translate("tr", english);
        QVERIFY2(turkish != english, ("no Turkish for: " + english).c_str());
        QVERIFY2(turkish.find('{') == std::string::npos, ("a hole left in: " + turkish).c_str());
    }

private slots:
    void testCatalogEntriesAreUniqueAndKeepTheirHoles()
    {
        const auto& entries = ApiText::instance().entries();
        QVERIFY(entries.size() > 150);
        std::set<std::string> english;
        for (const ApiText::Entry& entry : entries) {
            QVERIFY2(english.insert(entry.english).second, ("twice: " + entry.english).c_str());
            QVERIFY2(holes(entry.english) == holes(entry.translation), ("holes differ: " + entry.english).c_str());
            QVERIFY2(entry.english != entry.translation, ("not translated: " + entry.english).c_str());
        }
    }

    void testEveryValidatorMessageIsTranslated()
    {
        PasswordPolicy policy;
        policy.minLength = 14;
        std::vector<FieldError> errors = policy.check("alice", "other", "alice");
        for (const FieldError& e : policy.check(std::string(300, 'x'), std::string(300, 'x'), "bob")) {
            errors.push_back(e);
        }
        for (const FieldError& e : policy.check("xx-alice-xxxxxxxx", "xx-alice-xxxxxxxx", "alice")) {
            errors.push_back(e);
        }
        const auto collect = [&errors](const Error& error) {
            QVERIFY(!error.fields.empty());
            errors.insert(errors.end(), error.fields.begin(), error.fields.end());
        };
        for (const char* bad : {"", "no-at-sign", "@example.com", "a@", "a@@b.com"}) {
            auto checked = EmailAddress::normalise(bad);
            QVERIFY2(!checked, bad);
            collect(checked.error());
        }
        for (const char* bad : {"+0123", "12ab", "+1234", "555"}) {
            auto checked = PhoneNumber::normalise(bad);
            QVERIFY2(!checked, bad);
            collect(checked.error());
        }
        for (const char* bad : {"", "with space", "semi;colon"}) {
            auto checked = Username::validate(bad);
            QVERIFY2(!checked, bad);
            collect(checked.error());
        }
        QVERIFY(errors.size() >= 8);
        for (const FieldError& e : errors) {
            verifyTranslated(e.message);
        }
    }

    void testPatternsFillTheirHolesInTurkishOrder()
    {
        const ApiText& text = ApiText::instance();
        QCOMPARE(text.translate("tr", "must be a whole number from 1 to 500"),
                 std::string("1 ile 500 arasında bir tam sayı olmalıdır"));
        QCOMPARE(text.translate("tr", "must be 14 characters or longer"), std::string("en az 14 karakter olmalıdır"));
        QCOMPARE(text.translate("tr", "GET is not allowed on /api/v1/x"),
                 std::string("/api/v1/x üzerinde GET yöntemine izin verilmiyor"));
        // A users CSV import's alias problems, the inner message translated too.
        QCOMPARE(text.translate("tr", "'al.first' repeats a username or alias of line 2"),
                 std::string("'al.first', 2. satırdaki bir kullanıcı adını ya da takma adı yineliyor"));
        QCOMPARE(text.translate("tr", "'x/y' must not be empty"), std::string("'x/y' adı boş olamaz"));
        // Unknown messages and English callers: the English text, unchanged.
        QCOMPARE(text.translate("tr", "something the catalog has never seen"),
                 std::string("something the catalog has never seen"));
        QCOMPARE(text.translate("en", "is required"), std::string("is required"));
    }

    void testRouterTranslatesProblemsAndAdminAnswersForTurkishCallers()
    {
        Router router;
        router.add({"POST", "/api/v1/things", {Scope::Public}, [](const RestRequest&) {
                        return Problem::fromError(Error::invalid(
                            {{"username", "is required"}, {"password", "must be 12 characters or longer"}}));
                    }});
        router.add({"GET", "/api/v1/reasons", {Scope::Admin}, [](const RestRequest&) {
                        RestResponse r;
                        r.body = R"({"items":[{"username":"wrong password","reason":"wrong password"}],"total":1})";
                        return r;
                    }});
        router.setBearerResolver([](const std::string&) { return std::optional<Principal>(Principal{}); });

        RestRequest post;
        post.method = "POST";
        post.path = "/api/v1/things";
        post.headers["accept-language"] = "tr-TR,tr;q=0.9,en;q=0.8";
        const RestResponse turkish = router.dispatch(post);
        QCOMPARE(turkish.status, 422);
        const auto problem = Poco::JSON::Parser().parse(turkish.body).extract<Poco::JSON::Object::Ptr>();
        QCOMPARE(problem->getValue<std::string>("title"), std::string("Geçersiz istek"));
        QCOMPARE(problem->getValue<std::string>("detail"), std::string("İstekte geçersiz alanlar var"));
        const auto errors = problem->getArray("errors");
        QCOMPARE(errors->getObject(0)->getValue<std::string>("field"), std::string("username")); // names stay
        QCOMPARE(errors->getObject(0)->getValue<std::string>("message"), std::string("zorunludur"));
        QCOMPARE(errors->getObject(1)->getValue<std::string>("message"), std::string("en az 12 karakter olmalıdır"));

        post.headers["accept-language"] = "en-GB";
        const RestResponse english = router.dispatch(post);
        QCOMPARE(english.body, Problem::fromError(Error::invalid({{"username", "is required"},
                                                                  {"password", "must be 12 characters or longer"}}))
                                   .body);

        RestRequest get;
        get.method = "GET";
        get.path = "/api/v1/reasons";
        get.headers["authorization"] = "Bearer x";
        get.headers["accept-language"] = "tr";
        const RestResponse list = router.dispatch(get);
        QCOMPARE(list.status, 200);
        // A reason is a message; a username that happens to read like one is data and stays as it is.
        QCOMPARE(list.body,
                 std::string(R"({"items":[{"username":"wrong password","reason":"yanlış parola"}],"total":1})"));
    }
};

QTEST_GUILESS_MAIN(TestApiText)
#include "TestApiText.moc"
