#include "rest/HotpTokenResource.h"

#include "auth/HotpTokenImport.h"
#include "auth/OtpVerifier.h"
#include "crypto/SecretBox.h"
#include "rest/CsvUpload.h"
#include "rest/Router.h"
#include "store/AuditLog.h"
#include "store/FactorRepository.h"
#include "store/UserRepository.h"

#include <algorithm>

namespace castellan {

HotpTokenResource::HotpTokenResource(UserRepository& users, FactorRepository& factors, const SecretBox& secrets,
                                     AuditLog& audit, const Clock& clock)
    : m_users(users), m_factors(factors), m_secrets(secrets), m_audit(audit), m_clock(clock)
{}

void HotpTokenResource::addRoutes(Router& router)
{
    router.add({"POST",
                "/api/v1/hotp-tokens/import",
                {Scope::Admin},
                handlerFor(this, &HotpTokenResource::importTokens),
                false,
                kImportBodyLimit,
                CsvUpload::mediaTypes()});
}

RestResponse HotpTokenResource::importTokens(const RestRequest& request)
{
    CsvUpload upload;
    if (auto refused = upload.read(request)) {
        return *refused;
    }
    HotpTokenPlan plan = HotpTokenImport::plan(request.body);
    const std::int64_t nowSeconds = m_clock.nowSeconds();
    std::vector<FactorRecord> tokens;
    std::vector<std::vector<std::uint8_t>> seeds;
    for (HotpTokenRow& row : plan.rows) {
        const auto user = m_users.findByUsername(row.username, nowSeconds);
        if (!user) {
            plan.issues.push_back({row.line, "username", "no user with this username"});
            continue;
        }
        if (m_factors.serialTaken(row.serial)) {
            plan.issues.push_back({row.line, "serial", "is already assigned to a token"});
            continue;
        }
        FactorRecord f;
        f.userId = user->id;
        f.type = "hotp";
        f.serial = row.serial;
        f.label = row.label.empty() ? "Token " + row.serial : row.label;
        f.counter = row.counter;
        f.digits = row.digits;
        f.algorithm = row.algorithm;
        f.createdAt = nowSeconds;
        tokens.push_back(std::move(f));
        seeds.push_back(std::move(row.seed));
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) { return a.line < b.line; });

    ImportReport report;
    report.dryRun = upload.options.dryRun;
    report.mode = upload.options.mode;
    report.totalRows = plan.totalRows;
    report.validRows = tokens.size();
    report.issues = std::move(plan.issues);
    report.refused = plan.fileRefused || (report.mode == ImportMode::AllOrNothing && !report.issues.empty());
    report.skipped = report.refused ? report.totalRows : report.totalRows - report.validRows;
    if (report.refused || report.dryRun || tokens.empty()) {
        return CsvUpload::answer(report);
    }
    const AuditEvent event{.channel = "rest",
                           .event = "factor.import",
                           .actor = upload.options.actor,
                           .result = "success",
                           .reason = std::to_string(tokens.size()) + " HOTP tokens imported, " +
                                     std::to_string(report.skipped) + " rows skipped",
                           .sourceIp = upload.options.sourceIp};
    report.imported = m_factors.createMany(
        tokens,
        [&](std::size_t i, std::int64_t id) {
            return m_secrets.sealToBase64(std::string(seeds[i].begin(), seeds[i].end()), OtpVerifier::secretAad(id));
        },
        [&](Poco::Data::Session& s) { m_audit.record(s, event); });
    return CsvUpload::answer(report);
}

} // namespace castellan
