#include "store/SortableColumns.h"

#include <QtTest>

#include <stdexcept>

using namespace castellan;

namespace {

SortableColumns columns()
{
    return SortableColumns({{"name", "LOWER(name)"},
                            {"expires_at", "expires_at", SortColumn::Nulls::Largest},
                            {"last_used_at", "last_used_at", SortColumn::Nulls::Smallest}},
                           {"name"}, "id");
}

} // namespace

/// The ORDER BY clauses list routes sort with: the chosen field or the default, NULLs placed the same way on
/// SQLite and PostgreSQL, and a unique tie-breaker in the same direction.
class TestSortableColumns : public QObject
{
    Q_OBJECT
private slots:
    void testFieldsAreListedInTheOrderGiven()
    {
        QCOMPARE(columns().fields(), (std::vector<std::string>{"name", "expires_at", "last_used_at"}));
        QVERIFY(columns().has("expires_at"));
        QVERIFY(!columns().has("LOWER(name)"));
        QVERIFY(!columns().has(""));
    }

    void testOrderByUsesTheExpressionAndTheTieBreakerInOneDirection()
    {
        QCOMPARE(columns().orderBy({"name"}), std::string(" ORDER BY LOWER(name) ASC, id ASC"));
        QCOMPARE(columns().orderBy({"name", true}), std::string(" ORDER BY LOWER(name) DESC, id DESC"));
    }

    void testNullsArePlacedExplicitly()
    {
        QCOMPARE(columns().orderBy({"expires_at"}), std::string(" ORDER BY expires_at ASC NULLS LAST, id ASC"));
        QCOMPARE(columns().orderBy({"expires_at", true}),
                 std::string(" ORDER BY expires_at DESC NULLS FIRST, id DESC"));
        QCOMPARE(columns().orderBy({"last_used_at"}), std::string(" ORDER BY last_used_at ASC NULLS FIRST, id ASC"));
        QCOMPARE(columns().orderBy({"last_used_at", true}),
                 std::string(" ORDER BY last_used_at DESC NULLS LAST, id DESC"));
    }

    void testEmptyOrUnknownFieldGivesTheDefaultOrder()
    {
        const SortableColumns newestFirst({{"at", "at"}}, {"at", true}, "id");
        QCOMPARE(newestFirst.orderBy({}), std::string(" ORDER BY at DESC, id DESC"));
        QCOMPARE(newestFirst.orderBy({"id; DROP TABLE users", false}), std::string(" ORDER BY at DESC, id DESC"));
    }

    void testDefaultMustBeSortable()
    {
        QVERIFY_THROWS_EXCEPTION(std::logic_error, SortableColumns({{"name", "name"}}, {"email"}, "id"));
    }
};

QTEST_GUILESS_MAIN(TestSortableColumns)
#include "TestSortableColumns.moc"
