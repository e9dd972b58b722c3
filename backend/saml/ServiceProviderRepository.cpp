#include "saml/ServiceProviderRepository.h"

#include "store/ApplicationRepository.h"
#include "store/Database.h"
#include "store/NullableValue.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/String.h>

#include <sstream>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

/// The name of an SP's profile, for its JSON and for sorting by it.
const std::string kApplicationName =
    "(SELECT a.name FROM applications a WHERE a.id = service_providers.application_id)";

const std::string kColumns =
    "id, name, metadata, entity_id, acs, slo_url, certificate, authn_requests_signed, "
    "name_id_format, name_id_attribute, attributes, enabled, created_at, updated_at, idp_initiated, slo_binding, "
    "slo_response_url, application_id, slo_soap_url, " +
    kApplicationName + ", version, allow_sha1_signatures, response_signing, signature_algorithm";

std::string joinAcs(const std::vector<saml::AcsEndpoint>& acs)
{
    std::string text;
    for (const auto& e : acs) {
        text += e.binding + " " + e.location + "\n";
    }
    return text;
}

std::vector<saml::AcsEndpoint> splitAcs(const std::string& text)
{
    std::vector<saml::AcsEndpoint> acs;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto space = line.find(' ');
        if (space != std::string::npos) {
            acs.push_back({line.substr(0, space), line.substr(space + 1)});
        }
    }
    return acs;
}

ServiceProviderRecord fromRow(Poco::Data::RecordSet& rs)
{
    ServiceProviderRecord sp;
    sp.id = rs[0].convert<Poco::Int64>();
    sp.name = rs[1].convert<std::string>();
    sp.metadataXml = rs[2].convert<std::string>();
    sp.metadata.entityId = rs[3].convert<std::string>();
    sp.metadata.acs = splitAcs(rs[4].convert<std::string>());
    sp.metadata.sloUrl = rs[5].convert<std::string>();
    sp.metadata.certificateBase64 = rs[6].convert<std::string>();
    sp.metadata.authnRequestsSigned = rs[7].convert<bool>();
    sp.nameIdFormat = rs[8].convert<std::string>();
    sp.nameIdAttribute = rs[9].convert<std::string>();
    sp.attributes = ApplicationRepository::splitFactors(rs[10].convert<std::string>());
    sp.enabled = rs[11].convert<bool>();
    sp.createdAt = rs[12].convert<Poco::Int64>();
    sp.updatedAt = rs[13].convert<Poco::Int64>();
    sp.idpInitiated = rs[14].convert<bool>();
    sp.metadata.sloBinding = rs[15].convert<std::string>();
    sp.metadata.sloResponseUrl = rs[16].convert<std::string>();
    if (!rs[17].isEmpty()) {
        sp.applicationId = rs[17].convert<Poco::Int64>();
    }
    sp.metadata.sloSoapUrl = rs[18].convert<std::string>();
    if (!rs[19].isEmpty()) {
        sp.applicationName = rs[19].convert<std::string>();
    }
    sp.version = rs[20].convert<Poco::Int64>();
    sp.allowSha1Signatures = rs[21].convert<bool>();
    sp.responseSigning = rs[22].convert<std::string>();
    sp.signatureAlgorithm = rs[23].convert<std::string>();
    return sp;
}

} // namespace

ServiceProviderRepository::ServiceProviderRepository(Database& database) : m_database(database) {}

std::int64_t ServiceProviderRepository::create(const ServiceProviderRecord& record)
{
    ServiceProviderRecord sp = record;
    std::string acs = joinAcs(sp.metadata.acs);
    std::string attributes = ApplicationRepository::joinFactors(sp.attributes);
    auto application = nullableValue(sp.applicationId);
    Poco::Int64 id = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO service_providers (name, metadata, entity_id, acs, slo_url, certificate, "
             "authn_requests_signed, name_id_format, name_id_attribute, attributes, enabled, created_at, updated_at, "
             "idp_initiated, slo_binding, slo_response_url, application_id, slo_soap_url, allow_sha1_signatures, "
             "response_signing, signature_algorithm) "
             "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17, $18, $19, $20) "
             "RETURNING id",
            use(sp.name), use(sp.metadataXml), use(sp.metadata.entityId), use(acs), use(sp.metadata.sloUrl),
            use(sp.metadata.certificateBase64), use(sp.metadata.authnRequestsSigned), use(sp.nameIdFormat),
            use(sp.nameIdAttribute), use(attributes), use(sp.enabled), use(sp.createdAt), use(sp.idpInitiated),
            use(sp.metadata.sloBinding), use(sp.metadata.sloResponseUrl), use(application), use(sp.metadata.sloSoapUrl),
            use(sp.allowSha1Signatures), use(sp.responseSigning), use(sp.signatureAlgorithm), into(id), now;
    });
    return id;
}

std::optional<ServiceProviderRecord> ServiceProviderRepository::findById(std::int64_t id)
{
    std::optional<ServiceProviderRecord> found;
    Poco::Int64 key = id;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM service_providers WHERE id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

std::optional<ServiceProviderRecord> ServiceProviderRepository::findByEntityId(const std::string& entityId)
{
    std::optional<ServiceProviderRecord> found;
    std::string key = entityId;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns + " FROM service_providers WHERE entity_id = $1", use(key);
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            found = fromRow(rs);
        }
    });
    return found;
}

const SortableColumns& ServiceProviderRepository::sortColumns()
{
    static const SortableColumns kSortable({{"name", "LOWER(name)"},
                                            {"entity_id", "entity_id"},
                                            {"application", "LOWER(COALESCE(" + kApplicationName + ", ''))"},
                                            {"enabled", "enabled"},
                                            {"idp_initiated", "idp_initiated"},
                                            {"created_at", "created_at"}},
                                           {"name"}, "id");
    return kSortable;
}

std::vector<ServiceProviderRecord> ServiceProviderRepository::list(const std::string& query, const SortOrder& sort,
                                                                   int offset, int limitRows, std::int64_t& total)
{
    std::vector<ServiceProviderRecord> sps;
    std::string pattern = "%" + Poco::toLower(query) + "%";
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Int64 n = 0;
        s << "SELECT COUNT(*) FROM service_providers WHERE LOWER(name) LIKE $1 OR LOWER(entity_id) LIKE $1",
            use(pattern), into(n), now;
        total = n;
        Poco::Data::Statement select(s);
        select << std::string("SELECT ") + kColumns +
                      " FROM service_providers WHERE LOWER(name) LIKE $1 OR LOWER(entity_id) LIKE $1" +
                      sortColumns().orderBy(sort) + " LIMIT " + std::to_string(limitRows) + " OFFSET " +
                      std::to_string(offset),
            use(pattern);
        select.execute();
        Poco::Data::RecordSet rs(select);
        for (bool more = rs.moveFirst(); more; more = rs.moveNext()) {
            sps.push_back(fromRow(rs));
        }
    });
    return sps;
}

bool ServiceProviderRepository::update(const ServiceProviderRecord& record, std::int64_t expectedVersion)
{
    Poco::Int64 expected = expectedVersion;
    ServiceProviderRecord sp = record;
    std::string acs = joinAcs(sp.metadata.acs);
    std::string attributes = ApplicationRepository::joinFactors(sp.attributes);
    auto application = nullableValue(sp.applicationId);
    bool updated = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement update(s);
        update << "UPDATE service_providers SET name = $1, metadata = $2, entity_id = $3, acs = $4, slo_url = $5, "
                  "certificate = $6, authn_requests_signed = $7, name_id_format = $8, name_id_attribute = $9, "
                  "attributes = $10, enabled = $11, updated_at = $12, idp_initiated = $13, slo_binding = $14, "
                  "slo_response_url = $15, application_id = $16, slo_soap_url = $17, allow_sha1_signatures = $18, "
                  "response_signing = $19, signature_algorithm = $20, version = version + 1 "
                  "WHERE id = $21 AND ($22 = 0 OR version = $22)",
            use(sp.name), use(sp.metadataXml), use(sp.metadata.entityId), use(acs), use(sp.metadata.sloUrl),
            use(sp.metadata.certificateBase64), use(sp.metadata.authnRequestsSigned), use(sp.nameIdFormat),
            use(sp.nameIdAttribute), use(attributes), use(sp.enabled), use(sp.updatedAt), use(sp.idpInitiated),
            use(sp.metadata.sloBinding), use(sp.metadata.sloResponseUrl), use(application), use(sp.metadata.sloSoapUrl),
            use(sp.allowSha1Signatures), use(sp.responseSigning), use(sp.signatureAlgorithm), use(sp.id), use(expected);
        updated = update.execute() > 0;
    });
    return updated;
}

bool ServiceProviderRepository::remove(std::int64_t id)
{
    Poco::Int64 key = id;
    bool removed = false;
    m_database.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement del(s);
        del << "DELETE FROM service_providers WHERE id = $1", use(key);
        removed = del.execute() > 0;
    });
    return removed;
}

bool ServiceProviderRepository::firstSighting(std::int64_t spId, const std::string& requestId, std::int64_t nowSeconds,
                                              std::int64_t expiresAt)
{
    Poco::Int64 sp = spId;
    std::string id = requestId;
    Poco::Int64 at = nowSeconds;
    Poco::Int64 until = expiresAt;
    std::size_t inserted = 0;
    m_database.write([&](Poco::Data::Session& s) {
        s << "DELETE FROM saml_seen_requests WHERE expires_at < $1", use(at), now;
        Poco::Data::Statement insert(s);
        insert << "INSERT INTO saml_seen_requests (sp_id, request_id, expires_at) VALUES ($1, $2, $3) "
                  "ON CONFLICT (sp_id, request_id) DO NOTHING",
            use(sp), use(id), use(until);
        inserted = insert.execute();
    });
    return inserted > 0;
}

} // namespace castellan
