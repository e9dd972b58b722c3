#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace castellan {

/// A parsed XML document from an untrusted peer. Parsing never reaches the network or loads a DTD, substitutes no
/// entities, and refuses any DOCTYPE outright (XXE and entity expansion, OWASP XXE prevention).
class XmlDocument
{
public:
    /// The document, or nothing when the text is not well-formed XML, carries a DOCTYPE or exceeds `maxBytes`.
    static std::optional<XmlDocument> parse(std::string_view text, size_t maxBytes = 256 * 1024);

    XmlDocument(XmlDocument&& other) noexcept;
    XmlDocument& operator=(XmlDocument&& other) noexcept;
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;
    ~XmlDocument();

    xmlDocPtr get() const { return m_doc; }
    xmlNodePtr root() const { return xmlDocGetRootElement(m_doc); }

    /// Whether `node` is the element `localName` in namespace `ns`.
    static bool is(const xmlNode* node, const char* ns, const char* localName);
    /// The first descendant (depth-first, `node` excluded) that is `ns`:`localName`.
    static xmlNodePtr find(xmlNodePtr node, const char* ns, const char* localName);
    /// Every child element (direct) that is `ns`:`localName`.
    static std::vector<xmlNodePtr> children(xmlNodePtr node, const char* ns, const char* localName);
    /// An attribute without namespace; empty when absent.
    static std::string attribute(const xmlNode* node, const char* name);
    static bool hasAttribute(const xmlNode* node, const char* name);
    /// The text content with surrounding whitespace removed.
    static std::string text(const xmlNode* node);

private:
    explicit XmlDocument(xmlDocPtr doc) : m_doc(doc) {}
    xmlDocPtr m_doc = nullptr;
};

} // namespace castellan
