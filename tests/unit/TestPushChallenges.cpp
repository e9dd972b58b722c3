#include "DeviceFixture.h"
#include "auth/AccountLockout.h"
#include "device/DeviceRequestSignature.h"
#include "device/PushApproval.h"
#include "device/PushChallenges.h"
#include "otp/Base32.h"
#include "otp/Totp.h"

#include <QtTest>

using namespace castellan;
using namespace castellan::test;

/// Push and QR-login challenges on SQLite and PostgreSQL: what a device sees, one signed answer each, number
/// matching, expiry.
class TestPushChallenges : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<DeviceFixture> m_fixture;
    std::unique_ptr<PushChallenges> m_challenges;
    std::unique_ptr<AccountLockout> m_lockout;
    std::unique_ptr<PushApproval> m_approval;

    /// An enrolled and verified device.
    DeviceFixture::Enrolled verifiedDevice(const std::string& username)
    {
        DeviceFixture::Enrolled e = m_fixture->enroll(username);
        auto secret = Base32::decode(e.ticket.secretBase32);
        auto confirmed = m_fixture->enrollment.confirm(
            e.device, totp(secret.value(), m_fixture->clock.t, 6, OtpAlgorithm::Sha1), "");
        if (!confirmed) {
            throw std::runtime_error("confirm failed");
        }
        e.device = *m_fixture->devices.findById(e.device.id);
        return e;
    }

    std::string signature(const DeviceFixture::Enrolled& e, const std::string& challenge, const std::string& decision,
                          const std::string& number)
    {
        return Base64::encode(e.key.sign(DeviceRequestSignature::challengeAnswer(challenge, decision, number)));
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<DeviceFixture>();
        m_challenges = std::make_unique<PushChallenges>(m_fixture->database(), m_fixture->clock);
        m_lockout = std::make_unique<AccountLockout>(m_fixture->database(), m_fixture->audit(), m_fixture->clock);
        m_approval = std::make_unique<PushApproval>(*m_challenges, *m_lockout, m_fixture->audit());
    }
    void cleanupTestCase()
    {
        m_approval.reset();
        m_lockout.reset();
        m_challenges.reset();
        m_fixture.reset();
    }

    void testPushReachesTheUsersVerifiedDevicesOnly()
    {
        const auto phone = verifiedDevice("pushed");
        const auto stranger = verifiedDevice("stranger");
        const NewPushChallenge created =
            m_challenges->create(phone.device.userId, "tx-1", "push", R"({"application":"VPN"})");
        QCOMPARE(created.numberMatch.size(), size_t(2));
        QVERIFY(created.numberMatch >= "10" && created.numberMatch <= "99");
        QCOMPARE(created.expiresAt, m_fixture->clock.t + PushChallenges::kDefaultLifetime);
        const auto pending = m_approval->pendingFor(phone.device);
        QCOMPARE(pending.size(), size_t(1));
        QCOMPARE(pending.front().challenge, created.challenge);
        QCOMPARE(pending.front().context, std::string(R"({"application":"VPN"})"));
        QVERIFY(m_approval->pendingFor(stranger.device).empty());
        const auto unverified = m_fixture->enroll("pushed-unverified");
        QVERIFY(m_approval->pendingFor(unverified.device).empty());
    }

    void testSignedApprovalWithTheRightNumberIsRecordedOnce()
    {
        const auto phone = verifiedDevice("approver");
        const NewPushChallenge c = m_challenges->create(phone.device.userId, "tx-2", "push", "{}");
        auto status = m_approval->answer(phone.device, c.id, "approve", c.numberMatch,
                                         signature(phone, c.challenge, "approve", c.numberMatch), "");
        QVERIFY2(status, status ? "" : status.error().message.c_str());
        QCOMPARE(status.value(), std::string("approved"));
        QCOMPARE(m_challenges->status(c.id)->status, std::string("approved"));
        QCOMPARE(m_challenges->status(c.id)->deviceId, std::optional<std::int64_t>(phone.device.id));
        auto again = m_approval->answer(phone.device, c.id, "deny", "", signature(phone, c.challenge, "deny", ""), "");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        QCOMPARE(m_challenges->status(c.id)->status, std::string("approved"));
    }

    void testWrongNumberDeniesTheChallenge()
    {
        const auto phone = verifiedDevice("mismatch");
        const NewPushChallenge c = m_challenges->create(phone.device.userId, "", "push", "{}");
        const std::string wrong = c.numberMatch == "42" ? "43" : "42";
        auto status = m_approval->answer(phone.device, c.id, "approve", wrong,
                                         signature(phone, c.challenge, "approve", wrong), "");
        QCOMPARE(status.value(), std::string("denied"));
    }

    void testAnswerSignedByAnotherKeyOrForAnotherDecisionIsRefused()
    {
        const auto phone = verifiedDevice("forged");
        const NewPushChallenge c = m_challenges->create(phone.device.userId, "", "push", "{}");
        auto forged = m_approval->answer(phone.device, c.id, "approve", c.numberMatch,
                                         signature(phone, c.challenge, "deny", c.numberMatch), "");
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, ErrorCode::Unauthenticated);
        DeviceFixture::Enrolled other = verifiedDevice("forger");
        forged = m_approval->answer(phone.device, c.id, "approve", c.numberMatch,
                                    signature(other, c.challenge, "approve", c.numberMatch), "");
        QVERIFY(!forged);
        QCOMPARE(m_challenges->status(c.id)->status, std::string("pending"));
        // Another user's device cannot answer, even with its own valid signature.
        auto foreign = m_approval->answer(other.device, c.id, "approve", c.numberMatch,
                                          signature(other, c.challenge, "approve", c.numberMatch), "");
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::NotFound);
        QVERIFY(!m_approval->answer(phone.device, c.id, "maybe", "", "", ""));
    }

    void testExpiredChallengeCannotBeApproved()
    {
        const auto phone = verifiedDevice("slow");
        const NewPushChallenge c = m_challenges->create(phone.device.userId, "", "push", "{}", 30);
        m_fixture->clock.t += 30;
        QCOMPARE(m_challenges->status(c.id)->status, std::string("expired"));
        QVERIFY(m_approval->pendingFor(phone.device).empty());
        QVERIFY(!m_approval->answer(phone.device, c.id, "approve", c.numberMatch,
                                    signature(phone, c.challenge, "approve", c.numberMatch), ""));
        m_fixture->clock.t -= 30;
    }

    void testQrLoginTakesTheAnsweringDevicesUser()
    {
        const auto phone = verifiedDevice("qr.user");
        const NewPushChallenge c = m_challenges->create(std::nullopt, "", "qr_login", R"({"application":"Portal"})");
        QVERIFY(c.numberMatch.empty());
        QVERIFY(m_approval->pendingFor(phone.device).empty()); // shown in the browser, not pushed
        QCOMPARE(m_challenges->findByChallenge(c.challenge)->id, c.id);
        auto status =
            m_approval->answer(phone.device, c.id, "approve", "", signature(phone, c.challenge, "approve", ""), "");
        QCOMPARE(status.value(), std::string("approved"));
        QCOMPARE(m_challenges->status(c.id)->userId, std::optional<std::int64_t>(phone.device.userId));
    }

    void testReportBlocksTheAccountUntilAnAdministratorRemovesIt()
    {
        const auto phone = verifiedDevice("reporter");
        QCOMPARE(m_lockout->check("reporter", ""), AccountLockout::Gate::Open);
        const NewPushChallenge c = m_challenges->create(phone.device.userId, "", "push", "{}", 120, phone.device.id);
        auto status =
            m_approval->answer(phone.device, c.id, "report", "", signature(phone, c.challenge, "report", ""), "");
        QCOMPARE(status.value(), std::string("reported"));
        m_fixture->clock.t += 365 * 86400; // permanent: no block duration ends it
        QCOMPARE(m_lockout->check("reporter", ""), AccountLockout::Gate::Blocked);
        m_fixture->clock.t -= 365 * 86400;
    }

    void testApprovedChallengeIsCompletedOnce()
    {
        const auto phone = verifiedDevice("completer");
        const NewPushChallenge c = m_challenges->create(std::nullopt, "tx-complete", "qr_login", "{}");
        QVERIFY(!m_challenges->complete(c.id)); // not approved yet
        QVERIFY(
            m_approval->answer(phone.device, c.id, "approve", "", signature(phone, c.challenge, "approve", ""), ""));
        QCOMPARE(m_challenges->latestFor("tx-complete")->id, c.id);
        QVERIFY(m_challenges->complete(c.id));
        QVERIFY(!m_challenges->complete(c.id));
        QCOMPARE(m_challenges->status(c.id)->status, std::string("completed"));
    }
};

QTEST_GUILESS_MAIN(TestPushChallenges)
#include "TestPushChallenges.moc"
