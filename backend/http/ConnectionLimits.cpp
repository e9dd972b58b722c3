#include "http/ConnectionLimits.h"

#include <arpa/inet.h>

#include <cstdio>

namespace castellan {

ConnectionLimits::ConnectionLimits(std::size_t perAddress, std::size_t total) : m_perAddress(perAddress), m_total(total)
{}

std::string ConnectionLimits::sourceKey(const std::string& source)
{
    in6_addr v6{};
    if (source.find(':') == std::string::npos || ::inet_pton(AF_INET6, source.c_str(), &v6) != 1) {
        return source;
    }
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
        char v4[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &v6.s6_addr[12], v4, sizeof v4);
        return v4;
    }
    char key[48];
    std::snprintf(key, sizeof key, "%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", v6.s6_addr[0], v6.s6_addr[1],
                  v6.s6_addr[2], v6.s6_addr[3], v6.s6_addr[4], v6.s6_addr[5], v6.s6_addr[6], v6.s6_addr[7]);
    return key;
}

ConnectionLimits::Admission ConnectionLimits::admit(const std::string& source)
{
    const std::string key = sourceKey(source);
    std::lock_guard lock(m_mutex);
    if (m_open >= m_total) {
        return Admission::ServerFull;
    }
    std::size_t& count = m_bySource[key];
    if (count >= m_perAddress) {
        if (count == 0) {
            m_bySource.erase(key);
        }
        return Admission::AddressFull;
    }
    ++count;
    ++m_open;
    return Admission::Admitted;
}

void ConnectionLimits::release(const std::string& source)
{
    const std::string key = sourceKey(source);
    std::lock_guard lock(m_mutex);
    auto it = m_bySource.find(key);
    if (it == m_bySource.end()) {
        return;
    }
    if (--it->second == 0) {
        m_bySource.erase(it);
    }
    --m_open;
}

std::size_t ConnectionLimits::open() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

std::size_t ConnectionLimits::openFrom(const std::string& source) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_bySource.find(sourceKey(source));
    return it == m_bySource.end() ? 0 : it->second;
}

} // namespace castellan
