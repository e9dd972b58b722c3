#include "dialogs/FactorDialog.h"

#include "dialogs/FieldErrorPresenter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace castellan::console {

namespace {

constexpr int kLabelLength = 100;
constexpr int kSerialLength = 64;
constexpr int kSeedLength = 256;
constexpr int kAddressLength = 254;

} // namespace

FactorDialog::FactorDialog(RestClient& client, const LocalUser& user, const QString& type, QWidget* parent)
    : ServerFormDialog(parent), m_api(client), m_user(user), m_type(type)
{
    setObjectName(QStringLiteral("factorDialog"));
    const QString who = user.username.toHtmlEscaped();
    if (type == QLatin1String("totp")) {
        setWindowTitle(tr("Add Authenticator App"));
        setIntro(tr("A new TOTP secret for <b>%1</b>. The next window shows its QR code and the secret once: the "
                    "user scans it with an authenticator app.")
                     .arg(who));
    } else if (type == QLatin1String("hotp")) {
        setWindowTitle(tr("Assign Hardware Token"));
        setIntro(
            tr("An HOTP hardware token for <b>%1</b>: its serial number and seed as the vendor ships them.").arg(who));
        addLine(tr("&Serial number:"), QStringLiteral("serial"), kSerialLength);
        QLineEdit* seed = addLine(tr("S&eed:"), QStringLiteral("secret"), kSeedLength);
        seed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        errors()->alias(QStringLiteral("secret_hex"), QStringLiteral("secret"));
        m_encoding = new QComboBox;
        m_encoding->setObjectName(QStringLiteral("seedEncoding"));
        m_encoding->addItem(tr("Base32"), false);
        m_encoding->addItem(tr("Hexadecimal"), true);
        addField(tr("Seed &format:"), m_encoding, QStringLiteral("seed_format"));
        m_counter = new QSpinBox;
        m_counter->setObjectName(QStringLiteral("counterBox"));
        m_counter->setRange(0, std::numeric_limits<int>::max());
        addField(tr("&Counter:"), m_counter, QStringLiteral("counter"));
    } else if (type == QLatin1String("sms")) {
        setWindowTitle(tr("Add SMS Codes"));
        setIntro(tr("Codes for <b>%1</b> by SMS.").arg(who));
        addLine(tr("&Phone:"), QStringLiteral("phone"), kAddressLength, user.phone);
    } else {
        setWindowTitle(tr("Add E-mail Codes"));
        setIntro(tr("Codes for <b>%1</b> by e-mail.").arg(who));
        addLine(tr("&E-mail:"), QStringLiteral("email"), kAddressLength, user.email);
    }
    addLine(tr("&Label:"), QStringLiteral("label"), kLabelLength)
        ->setPlaceholderText(tr("Optional: how the user recognises it"));
    setSaveText(tr("&Add"));
    if (!m_lines.isEmpty()) {
        (m_lines.contains(QStringLiteral("serial")) ? m_lines.value(QStringLiteral("serial"))
                                                    : m_lines.value(QStringLiteral("label")))
            ->setFocus();
    }
}

QLineEdit* FactorDialog::addLine(const QString& label, const QString& field, int maxLength, const QString& text)
{
    auto* line = new QLineEdit(text);
    line->setObjectName(field + QStringLiteral("Field"));
    line->setMaxLength(maxLength);
    addField(label, line, field);
    m_lines.insert(field, line);
    return line;
}

UserFactorDraft FactorDialog::draft() const
{
    UserFactorDraft draft;
    draft.type = m_type;
    const auto text = [this](const char* name) {
        QLineEdit* line = m_lines.value(QLatin1String(name));
        return line ? line->text() : QString();
    };
    draft.label = text("label");
    draft.serial = text("serial");
    draft.secret = text("secret").remove(QLatin1Char(' '));
    draft.secretIsHex = m_encoding && m_encoding->currentData().toBool();
    draft.counter = m_counter ? m_counter->value() : 0;
    draft.phone = text("phone");
    draft.email = text("email");
    return draft;
}

void FactorDialog::submit()
{
    watch(m_api.create(m_user.id, draft(), this, [this](const ApiResult<CreatedFactor>& result) {
        settle(result.error());
        if (result.ok()) {
            emit created(result.value());
            accept();
        }
    }));
}

} // namespace castellan::console
