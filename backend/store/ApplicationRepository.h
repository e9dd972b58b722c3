#pragma once

#include "store/SortableColumns.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace castellan {

class Database;

/// An application profile: what a kind of login (registration portal, RADIUS, SAML, API) asks for.
struct ApplicationRecord
{
    std::int64_t id = 0;
    std::string name;
    std::string type;                     ///< registration | radius | saml | api
    std::set<std::string> allowedFactors; ///< totp, hotp, sms, email, push, webauthn
    bool passwordRequired = true;
    bool secondFactorRequired = true;
    bool enabled = true;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

/// A RADIUS client or SAML service provider that logs its users in with an application profile.
struct ApplicationUse
{
    enum class Kind
    {
        RadiusClient,
        ServiceProvider,
    };
    Kind kind = Kind::RadiusClient;
    std::int64_t applicationId = 0;
    std::int64_t id = 0; ///< the RADIUS client's or service provider's id
    std::string name;
};

/// Persistence of `applications`.
class ApplicationRepository
{
public:
    explicit ApplicationRepository(Database& database);

    std::int64_t create(const ApplicationRecord& application);
    std::optional<ApplicationRecord> findById(std::int64_t id);
    std::optional<ApplicationRecord> findByName(const std::string& name);
    /// Enabled applications of a type, by name.
    std::vector<ApplicationRecord> enabledOfType(const std::string& type);
    std::vector<ApplicationRecord> list(const std::string& query, const SortOrder& sort, int offset, int limit,
                                        std::int64_t& total);
    /// The fields `/applications` sorts by.
    static const SortableColumns& sortColumns();
    /// Replaces the editable fields when the stored version is `expectedVersion` (0: any).
    bool update(const ApplicationRecord& application, std::int64_t expectedVersion, std::int64_t now);
    /// Deletes the application unless a RADIUS client or service provider uses it (checked in the same
    /// statement); false when it is used or absent.
    bool remove(std::int64_t id);
    /// The RADIUS clients and service providers using application `id`, or using any application when nothing,
    /// by name.
    std::vector<ApplicationUse> uses(std::optional<std::int64_t> id);

    static std::string joinFactors(const std::set<std::string>& factors);
    static std::set<std::string> splitFactors(const std::string& text);

private:
    Database& m_database;
};

} // namespace castellan
