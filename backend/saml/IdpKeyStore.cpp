#include "saml/IdpKeyStore.h"

#include "auth/OpaqueToken.h"
#include "crypto/SecretBox.h"
#include "store/Database.h"

#include <Poco/Data/RecordSet.h>

#include <stdexcept>

using namespace Poco::Data::Keywords;

namespace castellan {
namespace {

std::string aadFor(const std::string& id)
{
    return "saml_idp_keys.private_key:" + id;
}

} // namespace

IdpKeyStore::IdpKeyStore(Database& database, const SecretBox& secrets, const Clock& clock)
    : m_database(database), m_secrets(secrets), m_clock(clock)
{}

std::optional<SigningKeyPair> IdpKeyStore::load()
{
    std::optional<SigningKeyPair> found;
    std::string id;
    std::string sealed;
    m_database.read([&](Poco::Data::Session& s) {
        Poco::Data::Statement select(s);
        select << "SELECT id, certificate, private_key FROM saml_idp_keys WHERE active = TRUE "
                  "ORDER BY created_at DESC, id LIMIT 1";
        select.execute();
        Poco::Data::RecordSet rs(select);
        if (rs.moveFirst()) {
            id = rs[0].convert<std::string>();
            found = SigningKeyPair{rs[1].convert<std::string>(), {}};
            sealed = rs[2].convert<std::string>();
        }
    });
    if (found) {
        auto plain = m_secrets.openFromBase64(sealed, aadFor(id));
        if (!plain) {
            throw std::runtime_error("the SAML signing key cannot be opened with this master key");
        }
        found->privateKeyPem = *plain;
    }
    return found;
}

SigningKeyPair IdpKeyStore::active()
{
    std::lock_guard lock(m_mutex);
    if (m_cached) {
        return *m_cached;
    }
    if (auto stored = load()) {
        m_cached = stored;
        return *stored;
    }
    auto pair = SigningKeyPair::generate("Castellan MFA SAML IdP");
    if (!pair) {
        throw std::runtime_error(pair.error().message);
    }
    std::string id = OpaqueToken::generate("idpk_").substr(0, 32);
    std::string certificate = pair->certificatePem;
    std::string sealed = m_secrets.sealToBase64(pair->privateKeyPem, aadFor(id));
    Poco::Int64 at = m_clock.nowSeconds();
    // Two nodes may start together: the first row wins, and everyone then signs with the stored one.
    m_database.write([&](Poco::Data::Session& s) {
        s << "INSERT INTO saml_idp_keys (id, certificate, private_key, active, created_at) "
             "SELECT $1, $2, $3, TRUE, $4 WHERE NOT EXISTS (SELECT 1 FROM saml_idp_keys WHERE active = TRUE)",
            use(id), use(certificate), use(sealed), use(at), now;
    });
    m_cached = load();
    if (!m_cached) {
        throw std::runtime_error("the SAML signing key was not stored");
    }
    return *m_cached;
}

} // namespace castellan
