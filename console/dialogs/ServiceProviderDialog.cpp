#include "dialogs/ServiceProviderDialog.h"

#include "dialogs/FieldErrorPresenter.h"
#include "dialogs/OperationProgress.h"
#include "dialogs/ProfileChoices.h"
#include "models/ServiceProviderModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace castellan::console {

namespace {} // namespace

ServiceProviderDialog::ServiceProviderDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_applications(client)
{
    buildSource(false);
    build();
    setWindowTitle(tr("Add Service Provider"));
    setIntro(tr("A web application that signs its users in with this server (SAML 2.0). Its metadata names its "
                "entity ID, where assertions go (ACS) and its signing certificate."));
    setSaveText(tr("&Add"));
    // What the server defaults to: an opaque NameID carrying the username.
    m_nameIdFormatField->setCurrentIndex(
        m_nameIdFormatField->findData(QStringLiteral("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified")));
    m_attributeFields.value(QStringLiteral("email"))->setChecked(true);
    setSource(Source::Xml);
}

ServiceProviderDialog::ServiceProviderDialog(RestClient& client, const ServiceProvider& existing, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_applications(client), m_existing(existing)
{
    buildSource(true);
    build();
    setSource(Source::Keep);
    setWindowTitle(tr("Edit Service Provider"));
    setIntro(tr("Entity ID: %1").arg(existing.entityId));
    showProvider(existing);
    // The latest state, so a change made elsewhere in between is not overwritten with what the list showed.
    watch(m_api.get(existing.id, this, [this](const ApiResult<ServiceProvider>& result) {
        settle(result.error());
        if (result.ok()) {
            m_existing = result.value();
            showProvider(*m_existing);
        }
    }));
}

void ServiceProviderDialog::buildSource(bool editing)
{
    auto* choices = new QWidget;
    auto* choiceLayout = new QHBoxLayout(choices);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceGroup = new QButtonGroup(this);
    QList<QPair<Source, QString>> sources{
        {Source::File, tr("From a fi&le")}, {Source::Xml, tr("Pa&sted XML")}, {Source::Url, tr("From an https &URL")}};
    if (editing) {
        sources.prepend({Source::Keep, tr("&Keep")});
    }
    for (const auto& [source, label] : sources) {
        auto* button = new QRadioButton(label);
        button->setObjectName(QStringLiteral("sourceButton%1").arg(int(source)));
        m_sourceGroup->addButton(button, int(source));
        choiceLayout->addWidget(button);
    }
    choiceLayout->addStretch(1);

    auto* filePage = new QWidget;
    m_fileField = new QLineEdit;
    m_fileField->setObjectName(QStringLiteral("fileField"));
    m_fileField->setPlaceholderText(tr("The SP's metadata file (.xml)"));
    m_browseButton = new QPushButton(tr("&Browse…"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_fileField, 1);
    fileLayout->addWidget(m_browseButton);
    m_xmlField = new QPlainTextEdit;
    m_xmlField->setObjectName(QStringLiteral("xmlField"));
    m_xmlField->setPlaceholderText(tr("<md:EntityDescriptor …>"));
    m_xmlField->setTabChangesFocus(true);
    m_urlField = new QLineEdit;
    m_urlField->setObjectName(QStringLiteral("urlField"));
    m_urlField->setPlaceholderText(tr("https://app.example.com/saml/metadata (fetched by the server)"));
    m_sourceStack = new QStackedWidget;
    m_sourceStack->setObjectName(QStringLiteral("metadataInput"));
    m_sourceStack->addWidget(filePage);
    m_sourceStack->addWidget(m_xmlField);
    m_sourceStack->addWidget(m_urlField);
    auto* keepNote = new QLabel(tr("The metadata stays as read when the service provider was added or last changed. "
                                   "Replace it when the service provider renews its certificate or moves its "
                                   "endpoints."));
    keepNote->setWordWrap(true);
    keepNote->setEnabled(false);
    m_sourceStack->addWidget(keepNote);

    form()->addRow(tr("Metadata:"), choices);
    addField(QString(), m_sourceStack, QStringLiteral("metadata"));
    errors()->alias(QStringLiteral("metadata_url"), QStringLiteral("metadata"));
    errors()->alias(QStringLiteral("metadata_ca_pem"), QStringLiteral("metadata"));
    connect(m_sourceGroup, &QButtonGroup::idClicked, this, [this](int id) { setSource(Source(id)); });
    connect(m_browseButton, &QPushButton::clicked, this, &ServiceProviderDialog::browse);
}

void ServiceProviderDialog::build()
{
    setObjectName(QStringLiteral("serviceProviderDialog"));
    setMinimumWidth(kMinimumWidth);
    m_nameField = new QLineEdit;
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setMaxLength(100);
    m_nameField->setPlaceholderText(tr("Defaults to the entity ID"));
    m_nameIdFormatField = new QComboBox;
    m_nameIdFormatField->setObjectName(QStringLiteral("nameIdFormatField"));
    for (const QString& format : ServiceProvider::nameIdFormats()) {
        m_nameIdFormatField->addItem(format.section(QLatin1Char(':'), -1), format);
        m_nameIdFormatField->setItemData(m_nameIdFormatField->count() - 1, format, Qt::ToolTipRole);
    }
    m_nameIdAttributeField = new QComboBox;
    m_nameIdAttributeField->setObjectName(QStringLiteral("nameIdAttributeField"));
    for (const QString& attribute : {QStringLiteral("username"), QStringLiteral("email")}) {
        m_nameIdAttributeField->addItem(ServiceProviderModel::attributeText(attribute), attribute);
    }
    auto* attributes = new QWidget;
    auto* attributeLayout = new QHBoxLayout(attributes);
    attributeLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& attribute : ServiceProvider::attributeNames()) {
        auto* check = new QCheckBox(ServiceProviderModel::attributeText(attribute));
        check->setObjectName(attribute + QStringLiteral("Attribute"));
        m_attributeFields.insert(attribute, check);
        attributeLayout->addWidget(check);
    }
    attributeLayout->addStretch(1);
    m_idpInitiatedField = new QCheckBox(tr("Users may start the sign-in at this server (IdP-initiated)"));
    m_idpInitiatedField->setObjectName(QStringLiteral("idpInitiatedField"));
    m_profileField = new QComboBox;
    m_profileField->setObjectName(QStringLiteral("profileField"));
    m_profileField->addItem(tr("The only enabled SAML profile, else Registration"), QVariant());
    m_enabledField = new QCheckBox(tr("Sign users in to this service provider"));
    m_enabledField->setObjectName(QStringLiteral("enabledField"));
    m_enabledField->setChecked(true);

    addField(tr("&Name:"), m_nameField, QStringLiteral("name"));
    addField(tr("NameID &format:"), m_nameIdFormatField, QStringLiteral("name_id_format"));
    addField(tr("NameID &value:"), m_nameIdAttributeField, QStringLiteral("name_id_attribute"));
    addField(tr("Released attributes:"), attributes, QStringLiteral("attributes"));
    addField(tr("Sign-in:"), m_idpInitiatedField, QStringLiteral("idp_initiated"));
    buildSigning();
    addField(tr("&Profile:"), m_profileField, QStringLiteral("application_id"));
    addField(tr("Status:"), m_enabledField, QStringLiteral("enabled"));
    loadProfiles();
}

void ServiceProviderDialog::buildSigning()
{
    m_allowSha1Field = new QCheckBox(tr("Accept requests signed with SHA-1 (RSA-SHA1, SHA-1 digests)"));
    m_allowSha1Field->setObjectName(QStringLiteral("allowSha1Field"));
    m_sha1Warning = new QLabel(tr("Warning: SHA-1 is weak; signatures made with it can be forged. Allow it only "
                                  "while this service provider cannot sign with RSA-SHA256."));
    m_sha1Warning->setObjectName(QStringLiteral("sha1Warning"));
    m_sha1Warning->setWordWrap(true);
    m_sha1Warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_sha1Warning->setVisible(false);
    auto* sha1 = new QWidget;
    auto* sha1Layout = new QVBoxLayout(sha1);
    sha1Layout->setContentsMargins(0, 0, 0, 0);
    sha1Layout->addWidget(m_allowSha1Field);
    sha1Layout->addWidget(m_sha1Warning);
    connect(m_allowSha1Field, &QCheckBox::toggled, m_sha1Warning, &QLabel::setVisible);
    m_responseSigningField = new QComboBox;
    m_responseSigningField->setObjectName(QStringLiteral("responseSigningField"));
    m_responseSigningField->addItem(tr("The assertion"), QStringLiteral("assertion"));
    m_responseSigningField->addItem(tr("The response"), QStringLiteral("response"));
    m_responseSigningField->addItem(tr("Both the response and the assertion"), QStringLiteral("both"));
    m_signatureAlgorithmField = new QComboBox;
    m_signatureAlgorithmField->setObjectName(QStringLiteral("signatureAlgorithmField"));
    for (const char* size : {"256", "384", "512"}) {
        m_signatureAlgorithmField->addItem(QStringLiteral("RSA-SHA%1").arg(QLatin1String(size)),
                                           QStringLiteral("rsa-sha%1").arg(QLatin1String(size)));
    }
    addField(tr("Request signatures:"), sha1, QStringLiteral("allow_sha1_signatures"));
    addField(tr("&Sign in responses:"), m_responseSigningField, QStringLiteral("response_signing"));
    addField(tr("Signature &algorithm:"), m_signatureAlgorithmField, QStringLiteral("signature_algorithm"));
}

void ServiceProviderDialog::setSource(Source source)
{
    if (!m_sourceGroup) {
        return;
    }
    m_sourceGroup->button(int(source))->setChecked(true);
    m_sourceStack->setCurrentIndex(int(source));
    // The stack takes the size of the page shown, not of its largest (the XML editor).
    for (int page = 0; page < m_sourceStack->count(); ++page) {
        const auto policy = page == int(source) ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_sourceStack->widget(page)->setSizePolicy(policy, policy);
    }
    m_sourceStack->adjustSize();
    adjustSize();
    if (source != Source::Keep) {
        m_sourceStack->currentWidget()->setFocus();
    }
}

ServiceProviderDialog::Source ServiceProviderDialog::source() const
{
    return m_sourceGroup ? Source(m_sourceGroup->checkedId()) : Source::Xml;
}

QRadioButton* ServiceProviderDialog::sourceButton(Source source) const
{
    return m_sourceGroup ? qobject_cast<QRadioButton*>(m_sourceGroup->button(int(source))) : nullptr;
}

void ServiceProviderDialog::loadProfiles()
{
    loadProfileChoices(m_applications, QStringLiteral("saml"), m_profileField, errors(), this, [this] {
        m_profilesLoaded = true;
        if (m_existing) {
            showProvider(*m_existing);
        }
    });
}

void ServiceProviderDialog::showProvider(const ServiceProvider& sp)
{
    m_nameField->setText(sp.name);
    m_nameIdFormatField->setCurrentIndex(std::max(0, m_nameIdFormatField->findData(sp.nameIdFormat)));
    m_nameIdAttributeField->setCurrentIndex(std::max(0, m_nameIdAttributeField->findData(sp.nameIdAttribute)));
    for (auto it = m_attributeFields.begin(); it != m_attributeFields.end(); ++it) {
        it.value()->setChecked(sp.attributes.contains(it.key()));
    }
    m_idpInitiatedField->setChecked(sp.idpInitiated);
    m_allowSha1Field->setChecked(sp.allowSha1Signatures);
    m_responseSigningField->setCurrentIndex(std::max(0, m_responseSigningField->findData(sp.responseSigning)));
    m_signatureAlgorithmField->setCurrentIndex(std::max(0, m_signatureAlgorithmField->findData(sp.signatureAlgorithm)));
    m_enabledField->setChecked(sp.enabled);
    const int profile = sp.applicationId ? m_profileField->findData(*sp.applicationId) : 0;
    if (profile >= 0) {
        m_profileField->setCurrentIndex(profile);
    }
}

void ServiceProviderDialog::browse()
{
    auto* chooser =
        new QFileDialog(this, tr("Service Provider Metadata"), QString(), tr("SAML metadata (*.xml);;All files (*)"));
    chooser->setObjectName(QStringLiteral("metadataFileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, m_fileField, &QLineEdit::setText);
    chooser->open();
}

std::optional<MetadataSource> ServiceProviderDialog::metadataSource()
{
    MetadataSource metadata;
    switch (source()) {
    case Source::Url:
        metadata.url = m_urlField->text().trimmed();
        if (!metadata.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
            errors()->showFieldMessage(QStringLiteral("metadata"),
                                       tr("Give an https:// address: the server fetches the metadata over a "
                                          "verified TLS connection."));
            return std::nullopt;
        }
        return metadata;
    case Source::Xml:
        metadata.xml = m_xmlField->toPlainText();
        return metadata;
    case Source::File:
    case Source::Keep:
        break;
    }
    QFile file(m_fileField->text().trimmed());
    if (m_fileField->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        errors()->showFieldMessage(QStringLiteral("metadata"), tr("Choose a metadata file that can be read."));
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        errors()->showFieldMessage(QStringLiteral("metadata"), tr("The file is larger than 1 MiB."));
        return std::nullopt;
    }
    metadata.xml = QString::fromUtf8(file.readAll());
    return metadata;
}

ServiceProvider ServiceProviderDialog::fields() const
{
    ServiceProvider sp = m_existing.value_or(ServiceProvider{});
    sp.name = m_nameField->text();
    sp.nameIdFormat = m_nameIdFormatField->currentData().toString();
    sp.nameIdAttribute = m_nameIdAttributeField->currentData().toString();
    sp.attributes.clear();
    for (const QString& attribute : ServiceProvider::attributeNames()) {
        if (m_attributeFields.value(attribute)->isChecked()) {
            sp.attributes.append(attribute);
        }
    }
    sp.idpInitiated = m_idpInitiatedField->isChecked();
    sp.allowSha1Signatures = m_allowSha1Field->isChecked();
    sp.responseSigning = m_responseSigningField->currentData().toString();
    sp.signatureAlgorithm = m_signatureAlgorithmField->currentData().toString();
    const QVariant profile = m_profileField->currentData();
    sp.applicationId = profile.isValid() ? std::optional<qint64>(profile.toLongLong()) : std::nullopt;
    if (!m_profilesLoaded && m_existing) {
        sp.applicationId = m_existing->applicationId; // keep it while the picker is still empty
    }
    sp.enabled = m_enabledField->isChecked();
    return sp;
}

void ServiceProviderDialog::submit()
{
    const auto done = [this](const ApiResult<ServiceProvider>& result) {
        finish(result);
    };
    if (m_existing && source() == Source::Keep) {
        watch(m_api.update(fields(), std::nullopt, this, done));
        return;
    }
    const auto metadata = metadataSource();
    if (!metadata) {
        return;
    }
    RestReply* reply =
        m_existing ? m_api.update(fields(), metadata, this, done) : m_api.create(*metadata, fields(), this, done);
    watch(reply);
    if (!metadata->url.isEmpty()) {
        OperationProgress::track(reply, this, tr("The server is fetching the metadata…"));
    }
}

void ServiceProviderDialog::finish(const ApiResult<ServiceProvider>& result)
{
    settle(result.error());
    if (result.ok()) {
        emit saved(result.value());
        accept();
    }
}

} // namespace castellan::console
