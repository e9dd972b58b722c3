#include "dialogs/DirectoryDialog.h"

#include "dialogs/DirectoryTestDialog.h"
#include "dialogs/FieldErrorPresenter.h"
#include "models/DirectoryModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMaxTimeoutSeconds = 60;
constexpr int kMaxPriority = 1000;
constexpr int kMaxCaBytes = 65536;
constexpr int kTextRows = 4;
constexpr int kMinimumWidth = 640; // room for DNs and filters, and for the notes in Turkish

QStringList lines(const QPlainTextEdit* field)
{
    QStringList result;
    for (const QString& line : field->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            result.append(line.trimmed());
        }
    }
    return result;
}

QStringList commaSeparated(const QLineEdit* field)
{
    QStringList result;
    for (const QString& item : field->text().split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty()) {
            result.append(item.trimmed());
        }
    }
    return result;
}

QString joined(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

QPlainTextEdit* textField(const QString& name, bool monospace)
{
    auto* field = new QPlainTextEdit;
    field->setObjectName(name);
    field->setTabChangesFocus(true);
    field->setLineWrapMode(QPlainTextEdit::NoWrap);
    if (monospace) {
        field->setFont(QFont(QStringLiteral("monospace")));
    }
    field->setFixedHeight(field->fontMetrics().lineSpacing() * kTextRows + 2 * field->frameWidth() + 8);
    return field;
}

/// The form of a tab page, kept at the top: the tallest tab sets the height, the others leave the rest empty.
QFormLayout* tabForm(QWidget* page)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return form;
}

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setEnabled(false); // greyed: an explanation, not a value
    // As wide as the inputs: a form lets only expanding fields grow.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    return label;
}

} // namespace

DirectoryDialog::DirectoryDialog(RestClient& client, QWidget* parent)
    : ServerFormDialog(parent), m_client(client), m_api(client)
{
    build();
    setWindowTitle(tr("New Directory"));
    setIntro(tr("An Active Directory or LDAP server whose users sign in with their directory password. Castellan "
                "finds each user with the service account, then checks the password with a bind as the user."));
    setSaveText(tr("&Create"));
    showDirectory(Directory::defaultsOf(QString::fromLatin1(Directory::kActiveDirectory)));
    m_loaded = true;
    m_testButton->setEnabled(false);
    m_testButton->setToolTip(tr("Create the directory first: the test uses the saved settings."));
}

DirectoryDialog::DirectoryDialog(RestClient& client, const Directory& existing, QWidget* parent)
    : ServerFormDialog(parent), m_client(client), m_api(client), m_existing(existing)
{
    build();
    setWindowTitle(tr("Edit Directory"));
    showDirectory(existing);
    m_testButton->setToolTip(tr("Tests the saved settings: save your changes first to test them."));
    // The change is guarded by the ETag, so a change made elsewhere in between is not overwritten.
    watch(m_api.get(existing.id, this, [this](const ApiResult<Tagged<Directory>>& result) {
        settle(result.error());
        if (result.ok()) {
            m_etag = result.value().etag;
            m_existing = result.value().value;
            showDirectory(*m_existing);
            m_loaded = true;
        }
    }));
}

void DirectoryDialog::build()
{
    setObjectName(QStringLiteral("directoryDialog"));
    setMinimumWidth(kMinimumWidth);
    m_nameField = new QLineEdit;
    m_nameField->setObjectName(QStringLiteral("nameField"));
    m_nameField->setMaxLength(100);
    m_kindField = new QComboBox;
    m_kindField->setObjectName(QStringLiteral("kindField"));
    m_kindField->addItem(DirectoryModel::kindText(QString::fromLatin1(Directory::kActiveDirectory)),
                         QString::fromLatin1(Directory::kActiveDirectory));
    m_kindField->addItem(DirectoryModel::kindText(QString::fromLatin1(Directory::kLdap)),
                         QString::fromLatin1(Directory::kLdap));
    addField(tr("&Name:"), m_nameField, QStringLiteral("name"));
    addField(tr("&Kind:"), m_kindField, QStringLiteral("kind"));
    m_inputs.insert(QStringLiteral("name"), m_nameField);
    m_inputs.insert(QStringLiteral("kind"), m_kindField);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    m_tabs->addTab(buildConnectionTab(), tr("Connection"));
    m_tabs->addTab(buildUsersTab(), tr("Users"));
    m_tabs->addTab(buildAccessTab(), tr("Access"));
    body()->addWidget(m_tabs);

    m_testButton = buttons()->addButton(tr("&Test…"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, &DirectoryDialog::openTest);
    connect(m_kindField, &QComboBox::currentIndexChanged, this, [this] {
        const QString previous = m_kind;
        m_kind = m_kindField->currentData().toString();
        applyKindDefaults(previous);
    });
    m_nameField->setFocus();
}

void DirectoryDialog::addTabField(QFormLayout* form, const QString& label, QWidget* input, const QString& field)
{
    errors()->addRow(form, label, input, field);
    m_inputs.insert(field, input);
}

QWidget* DirectoryDialog::buildConnectionTab()
{
    auto* page = new QWidget;
    auto* form = tabForm(page);
    m_urlsField = textField(QStringLiteral("urlsField"), true);
    m_urlsField->setPlaceholderText(tr("ldaps://dc1.example.com\nldaps://dc2.example.com"));
    addTabField(form, tr("&URLs:"), m_urlsField, QStringLiteral("urls"));
    form->addRow(QString(), note(tr("One per line, ldap:// or ldaps://. They are tried in this order: the next one "
                                    "when one does not answer.")));
    m_startTlsField = new QCheckBox(tr("Use StartTLS on ldap:// URLs"));
    m_startTlsField->setObjectName(QStringLiteral("startTlsField"));
    addTabField(form, tr("Security:"), m_startTlsField, QStringLiteral("start_tls"));

    auto* caRow = new QWidget;
    auto* caLayout = new QVBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caField = textField(QStringLiteral("caField"), true);
    m_caField->setPlaceholderText(tr("-----BEGIN CERTIFICATE-----\n(empty: the system's certificate authorities)"));
    m_caFileButton = new QPushButton(tr("&Load from File…"));
    m_caFileButton->setObjectName(QStringLiteral("caFileButton"));
    caLayout->addWidget(m_caField);
    caLayout->addWidget(m_caFileButton, 0, Qt::AlignLeft);
    connect(m_caFileButton, &QPushButton::clicked, this, &DirectoryDialog::browseCa);
    addTabField(form, tr("C&A certificates:"), caRow, QStringLiteral("ca_pem"));

    m_timeoutField = new QSpinBox;
    m_timeoutField->setObjectName(QStringLiteral("timeoutField"));
    m_timeoutField->setRange(1, kMaxTimeoutSeconds);
    m_timeoutField->setSuffix(tr(" s"));
    addTabField(form, tr("&Timeout:"), m_timeoutField, QStringLiteral("timeout_seconds"));

    m_bindDnField = new QLineEdit;
    m_bindDnField->setObjectName(QStringLiteral("bindDnField"));
    m_bindDnField->setPlaceholderText(tr("cn=castellan,ou=services,dc=example,dc=com (empty: anonymous)"));
    addTabField(form, tr("Service account &DN:"), m_bindDnField, QStringLiteral("bind_dn"));
    m_bindPasswordField = new QLineEdit;
    m_bindPasswordField->setObjectName(QStringLiteral("bindPasswordField"));
    m_bindPasswordField->setEchoMode(QLineEdit::Password);
    m_bindPasswordField->setMaxLength(256);
    addTabField(form, tr("Service account &password:"), m_bindPasswordField, QStringLiteral("bind_password"));
    return page;
}

QWidget* DirectoryDialog::buildUsersTab()
{
    auto* page = new QWidget;
    auto* form = tabForm(page);
    m_baseDnField = new QLineEdit;
    m_baseDnField->setObjectName(QStringLiteral("baseDnField"));
    m_baseDnField->setPlaceholderText(tr("dc=example,dc=com"));
    addTabField(form, tr("&Base DN:"), m_baseDnField, QStringLiteral("base_dn"));
    m_userFilterField = new QLineEdit;
    m_userFilterField->setObjectName(QStringLiteral("userFilterField"));
    addTabField(form, tr("User &filter:"), m_userFilterField, QStringLiteral("user_filter"));
    m_loginAttributesField = new QLineEdit;
    m_loginAttributesField->setObjectName(QStringLiteral("loginAttributesField"));
    addTabField(form, tr("&Login attributes:"), m_loginAttributesField, QStringLiteral("login_attributes"));
    form->addRow(QString(), note(tr("Comma-separated, in order. A user may sign in with any of them; the first one's "
                                    "value is the canonical username, counted by the license and written in the "
                                    "audit log.")));
    m_uniqueIdField = new QLineEdit;
    m_uniqueIdField->setObjectName(QStringLiteral("uniqueIdField"));
    addTabField(form, tr("&Unique id attribute:"), m_uniqueIdField, QStringLiteral("unique_id_attribute"));
    const QStringList labels{tr("First name from:"), tr("Last name from:"), tr("Email from:"), tr("Phone from:"),
                             tr("Framed-IP from:")};
    const QStringList fields = Directory::mappedFields();
    for (int i = 0; i < fields.size(); ++i) {
        auto* field = new QLineEdit;
        field->setObjectName(QStringLiteral("attributeField_") + fields.at(i));
        m_attributeFields.insert(fields.at(i), field);
        addTabField(form, labels.at(i), field, QStringLiteral("attributes.") + fields.at(i));
    }
    form->addRow(QString(), note(tr("Attribute names, comma-separated: the first one the entry has is used.")));
    return page;
}

QWidget* DirectoryDialog::buildAccessTab()
{
    auto* page = new QWidget;
    auto* form = tabForm(page);
    m_groupsField = textField(QStringLiteral("groupsField"), true);
    m_groupsField->setPlaceholderText(tr("cn=vpn-users,ou=groups,dc=example,dc=com"));
    addTabField(form, tr("Required &groups:"), m_groupsField, QStringLiteral("groups"));
    form->addRow(QString(), note(tr("Group DNs, one per line. When any are given, only their members may sign in; "
                                    "empty: every user the filter finds.")));
    m_nestedGroupsField = new QCheckBox(tr("Count members of member groups (nested groups)"));
    m_nestedGroupsField->setObjectName(QStringLiteral("nestedGroupsField"));
    addTabField(form, tr("Nesting:"), m_nestedGroupsField, QStringLiteral("nested_groups"));
    m_priorityField = new QSpinBox;
    m_priorityField->setObjectName(QStringLiteral("priorityField"));
    m_priorityField->setRange(0, kMaxPriority);
    addTabField(form, tr("&Priority:"), m_priorityField, QStringLiteral("priority"));
    form->addRow(QString(), note(tr("Directories are asked in ascending priority when a user signs in.")));
    m_enabledField = new QCheckBox(tr("Let this directory's users sign in"));
    m_enabledField->setObjectName(QStringLiteral("enabledField"));
    addTabField(form, tr("Status:"), m_enabledField, QStringLiteral("enabled"));
    return page;
}

void DirectoryDialog::showDirectory(const Directory& d)
{
    m_nameField->setText(d.name);
    m_kind = d.kind; // set before the combo box so its signal does not apply defaults
    const int kind = m_kindField->findData(d.kind);
    m_kindField->setCurrentIndex(kind >= 0 ? kind : 0);
    m_urlsField->setPlainText(d.urls.join(QLatin1Char('\n')));
    m_startTlsField->setChecked(d.startTls);
    m_caField->setPlainText(d.caPem);
    m_timeoutField->setValue(d.timeoutSeconds);
    m_bindDnField->setText(d.bindDn);
    m_bindPasswordField->clear();
    m_bindPasswordField->setPlaceholderText(d.hasBindPassword ? tr("Unchanged (type a new one to replace it)")
                                                              : QString());
    m_baseDnField->setText(d.baseDn);
    m_userFilterField->setText(d.userFilter);
    m_loginAttributesField->setText(joined(d.loginAttributes));
    m_uniqueIdField->setText(d.uniqueIdAttribute);
    for (auto it = m_attributeFields.begin(); it != m_attributeFields.end(); ++it) {
        it.value()->setText(joined(d.attributes.value(it.key())));
    }
    m_groupsField->setPlainText(d.groups.join(QLatin1Char('\n')));
    m_nestedGroupsField->setChecked(d.nestedGroups);
    m_priorityField->setValue(d.priority);
    m_enabledField->setChecked(d.enabled);
}

void DirectoryDialog::applyKindDefaults(const QString& previousKind)
{
    // Fields still holding the other kind's defaults take this kind's; values the admin wrote stay.
    const Directory before = Directory::defaultsOf(previousKind);
    const Directory now = Directory::defaultsOf(m_kind);
    const auto replace = [](QLineEdit* field, const QString& old, const QString& current) {
        if (field->text().trimmed().isEmpty() || field->text().trimmed() == old) {
            field->setText(current);
        }
    };
    replace(m_userFilterField, before.userFilter, now.userFilter);
    replace(m_loginAttributesField, joined(before.loginAttributes), joined(now.loginAttributes));
    replace(m_uniqueIdField, before.uniqueIdAttribute, now.uniqueIdAttribute);
    for (auto it = m_attributeFields.begin(); it != m_attributeFields.end(); ++it) {
        replace(it.value(), joined(before.attributes.value(it.key())), joined(now.attributes.value(it.key())));
    }
}

bool DirectoryDialog::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCaBytes) {
        m_tabs->setCurrentIndex(0);
        errors()->showFieldMessage(QStringLiteral("ca_pem"), tr("Cannot read “%1”.").arg(path));
        return false;
    }
    const QString pem = QString::fromUtf8(file.readAll());
    if (!pem.contains(QLatin1String("-----BEGIN CERTIFICATE-----"))) {
        m_tabs->setCurrentIndex(0);
        errors()->showFieldMessage(QStringLiteral("ca_pem"),
                                   tr("“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path));
        return false;
    }
    m_caField->setPlainText(pem);
    return true;
}

void DirectoryDialog::browseCa()
{
    auto* chooser = new QFileDialog(this, tr("CA Certificates"), QString(),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(QStringLiteral("caFileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) { loadCaFile(path); });
    chooser->open();
}

void DirectoryDialog::openTest()
{
    if (!m_existing) {
        return;
    }
    auto* test = new DirectoryTestDialog(m_client, *m_existing, this);
    test->setAttribute(Qt::WA_DeleteOnClose);
    test->open();
}

Directory DirectoryDialog::draft() const
{
    Directory d = m_existing.value_or(Directory{});
    d.name = m_nameField->text().trimmed();
    d.kind = m_kindField->currentData().toString();
    d.urls = lines(m_urlsField);
    d.startTls = m_startTlsField->isChecked();
    d.caPem = m_caField->toPlainText().trimmed().isEmpty() ? QString() : m_caField->toPlainText();
    d.timeoutSeconds = m_timeoutField->value();
    d.bindDn = m_bindDnField->text().trimmed();
    d.baseDn = m_baseDnField->text().trimmed();
    d.userFilter = m_userFilterField->text().trimmed();
    d.loginAttributes = commaSeparated(m_loginAttributesField);
    d.uniqueIdAttribute = m_uniqueIdField->text().trimmed();
    d.attributes.clear();
    for (auto it = m_attributeFields.begin(); it != m_attributeFields.end(); ++it) {
        d.attributes.insert(it.key(), commaSeparated(it.value()));
    }
    d.groups = lines(m_groupsField);
    d.nestedGroups = m_nestedGroupsField->isChecked();
    d.priority = m_priorityField->value();
    d.enabled = m_enabledField->isChecked();
    return d;
}

std::optional<QString> DirectoryDialog::bindPasswordToSend() const
{
    if (!m_bindPasswordField->text().isEmpty()) {
        return m_bindPasswordField->text();
    }
    // Without a service account the stored password has no use: removed rather than kept sealed.
    if (m_existing && m_existing->hasBindPassword && m_bindDnField->text().trimmed().isEmpty()) {
        return QString();
    }
    return std::nullopt;
}

void DirectoryDialog::submit()
{
    const Directory d = draft();
    const auto done = [this](const ApiResult<Directory>& result) {
        finish(result);
    };
    m_tabs->setEnabled(false);
    m_testButton->setEnabled(false);
    if (m_existing) {
        watch(m_api.update(d, bindPasswordToSend(), m_etag, this, done));
        return;
    }
    watch(m_api.create(d, bindPasswordToSend(), this, done));
}

void DirectoryDialog::updateInputs()
{
    m_tabs->setEnabled(true);
    m_testButton->setEnabled(m_existing.has_value());
}

void DirectoryDialog::finish(const ApiResult<Directory>& result)
{
    settle(result.error());
    if (result.ok()) {
        emit saved(result.value());
        accept();
        return;
    }
    showTabOfFirstError();
}

void DirectoryDialog::showTabOfFirstError()
{
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it) {
        const QLabel* label = errors()->errorLabel(it.key());
        if (!label || label->text().isEmpty()) {
            continue;
        }
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (m_tabs->widget(tab)->isAncestorOf(it.value())) {
                m_tabs->setCurrentIndex(tab);
                it.value()->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        return; // a field above the tabs
    }
}

} // namespace castellan::console
