#include "portal/PortalTemplates.h"

#include "core/Markup.h"
#include "portal/PortalResources.h"
#include "portal/PortalText.h"

#include <stdexcept>

namespace castellan {

const PortalTemplates& PortalTemplates::instance()
{
    static const PortalTemplates templates(PortalResources::pages());
    return templates;
}

PortalTemplates::PortalTemplates(std::string_view pages)
{
    static const std::string kMarker = "<!-- page: ";
    std::size_t at = pages.find(kMarker);
    while (at != std::string_view::npos) {
        const std::size_t nameEnd = pages.find(" -->", at);
        const std::string name(pages.substr(at + kMarker.size(), nameEnd - at - kMarker.size()));
        const std::size_t bodyStart = pages.find('\n', nameEnd) + 1;
        const std::size_t next = pages.find(kMarker, bodyStart);
        m_pages[name] =
            std::string(pages.substr(bodyStart, (next == std::string_view::npos ? pages.size() : next) - bodyStart));
        at = next;
    }
}

std::string PortalTemplates::escape(std::string_view text)
{
    return escapeMarkup(text);
}

std::string PortalTemplates::render(const std::string& page, const Values& values, const std::string& language) const
{
    const auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        throw std::logic_error("no portal template " + page);
    }
    const std::string& text = found->second;
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find("{{", at);
        if (open == std::string::npos) {
            out.append(text, at, std::string::npos);
            break;
        }
        out.append(text, at, open - at);
        const bool raw = text.compare(open, 3, "{{{") == 0;
        const std::size_t nameStart = open + (raw ? 3 : 2);
        const std::size_t close = text.find(raw ? "}}}" : "}}", nameStart);
        const std::string name = text.substr(nameStart, close - nameStart);
        if (name.rfind("t:", 0) == 0) {
            out += escape(PortalText::instance().get(language, name.substr(2)));
        } else {
            const auto value = values.find(name);
            const std::string v = value == values.end() ? std::string() : value->second;
            out += raw ? v : escape(v);
        }
        at = close + (raw ? 3 : 2);
    }
    return out;
}

} // namespace castellan
