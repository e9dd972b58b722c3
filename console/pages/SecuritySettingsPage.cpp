#include "pages/SecuritySettingsPage.h"

#include "dialogs/DurationEdit.h"
#include "dialogs/FieldErrorPresenter.h"
#include "models/DisplayFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMaxAttempts = 1000;
constexpr int kMaxSourceFailures = 1'000'000;
constexpr int kMinPasswordLength = 8;
constexpr int kMaxPasswordLength = 256;
constexpr int kTitlePointSizeIncrease = 4;
constexpr int kFormWidth = 560;
constexpr int kHttpPreconditionFailed = 412;

} // namespace

SecuritySettingsPage::SecuritySettingsPage(RestClient& client, QWidget* parent)
    : ServerPage(ConsolePage::SecuritySettings, parent), m_api(client), m_titleLabel(new QLabel),
      m_introLabel(new QLabel), m_summaryLabel(new QLabel), m_errors(nullptr), m_limit(new QSpinBox),
      m_window(new DurationEdit), m_block(new DurationEdit), m_permanent(new QCheckBox), m_sourceLimit(new QSpinBox),
      m_sourceWindow(new DurationEdit), m_passwordLength(new QSpinBox), m_saveButton(new QPushButton),
      m_revertButton(new QPushButton)
{
    setObjectName(QStringLiteral("securitySettingsPage"));
    buildForm();
    retranslateUi();
    updateButtons();
}

void SecuritySettingsPage::buildForm()
{
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeIncrease);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_introLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_limit->setObjectName(QStringLiteral("limitField"));
    m_window->setObjectName(QStringLiteral("windowField"));
    m_block->setObjectName(QStringLiteral("blockField"));
    m_permanent->setObjectName(QStringLiteral("permanentBox"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_limit->setRange(1, kMaxAttempts);
    m_sourceLimit->setObjectName(QStringLiteral("sourceLimitField"));
    m_sourceWindow->setObjectName(QStringLiteral("sourceWindowField"));
    m_passwordLength->setObjectName(QStringLiteral("passwordLengthField"));
    m_sourceLimit->setRange(1, kMaxSourceFailures);
    m_passwordLength->setRange(kMinPasswordLength, kMaxPasswordLength);

    auto* banner = new QLabel;
    m_errors = new FieldErrorPresenter(banner, this);
    auto* form = new QFormLayout;
    for (int row = 0; row < 7; ++row) {
        m_formLabels.append(new QLabel);
    }
    form->addRow(m_formLabels.at(0), m_limit);
    m_errors->attach(form, m_limit, QStringLiteral("failed_attempt_limit"));
    form->addRow(m_formLabels.at(1), m_window);
    m_errors->attach(form, m_window, QStringLiteral("window_seconds"));
    form->addRow(m_formLabels.at(2), m_block);
    m_errors->attach(form, m_block, QStringLiteral("block_seconds"));
    form->addRow(m_formLabels.at(3), m_permanent);
    m_errors->attach(form, m_permanent, QStringLiteral("permanent_block"));
    form->addRow(m_formLabels.at(4), m_sourceLimit);
    m_errors->attach(form, m_sourceLimit, QStringLiteral("source_failure_limit"));
    form->addRow(m_formLabels.at(5), m_sourceWindow);
    m_errors->attach(form, m_sourceWindow, QStringLiteral("source_window_seconds"));
    form->addRow(m_formLabels.at(6), m_passwordLength);
    m_errors->attach(form, m_passwordLength, QStringLiteral("password_min_length"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto* column = new QVBoxLayout;
    column->addWidget(m_titleLabel);
    column->addWidget(m_introLabel);
    column->addSpacing(8);
    column->addWidget(banner);
    column->addLayout(form);
    column->addWidget(m_summaryLabel);
    column->addLayout(buttons);
    column->addStretch(1);
    auto* holder = new QWidget;
    holder->setMaximumWidth(kFormWidth);
    holder->setLayout(column);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(holder);
    layout->addStretch(1);

    m_window->setSmallestUnit(DurationEdit::Seconds);
    m_block->setSmallestUnit(DurationEdit::Seconds);
    m_sourceWindow->setSmallestUnit(DurationEdit::Seconds);
    connect(m_sourceLimit, &QSpinBox::valueChanged, this, &SecuritySettingsPage::updateButtons);
    connect(m_sourceWindow, &DurationEdit::changed, this, &SecuritySettingsPage::updateButtons);
    connect(m_passwordLength, &QSpinBox::valueChanged, this, &SecuritySettingsPage::updateButtons);
    connect(m_limit, &QSpinBox::valueChanged, this, &SecuritySettingsPage::updateButtons);
    connect(m_window, &DurationEdit::changed, this, &SecuritySettingsPage::updateButtons);
    connect(m_block, &DurationEdit::changed, this, &SecuritySettingsPage::updateButtons);
    connect(m_permanent, &QCheckBox::toggled, this, &SecuritySettingsPage::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &SecuritySettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SecuritySettingsPage::revert);
}

void SecuritySettingsPage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(page()));
    m_introLabel->setText(tr("Failed sign-in attempts are counted per user in a sliding window. When they reach "
                             "the limit, the user is blocked on every channel."));
    m_formLabels.at(0)->setText(tr("Failed attempt &limit:"));
    m_formLabels.at(0)->setBuddy(m_limit);
    m_formLabels.at(1)->setText(tr("Counted &within:"));
    m_formLabels.at(1)->setBuddy(m_window->amountField());
    m_formLabels.at(2)->setText(tr("&Block for:"));
    m_formLabels.at(2)->setBuddy(m_block->amountField());
    m_formLabels.at(3)->setText(tr("Permanent block:"));
    m_permanent->setText(tr("Block until an admin removes the block"));
    m_formLabels.at(4)->setText(tr("Failures per &address:"));
    m_formLabels.at(4)->setBuddy(m_sourceLimit);
    m_formLabels.at(5)->setText(tr("Per address &within:"));
    m_formLabels.at(5)->setBuddy(m_sourceWindow->amountField());
    m_formLabels.at(6)->setText(tr("Minimum password &length:"));
    m_formLabels.at(6)->setBuddy(m_passwordLength);
    m_sourceLimit->setToolTip(tr("Failed sign-ins from one network address (any user) within its window before "
                                 "further attempts from it are slowed down, against password spraying."));
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("&Revert"));
    updateButtons();
}

void SecuritySettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    ServerPage::changeEvent(event);
}

void SecuritySettingsPage::refresh()
{
    m_pending = m_api.get(this, [this](const ApiResult<SecuritySettings>& result) {
        m_pending = nullptr;
        if (!result.ok()) {
            m_errors->show(result.error());
            updateButtons();
            return;
        }
        m_errors->clear();
        showSettings(result.value());
    });
    updateButtons();
}

void SecuritySettingsPage::showSettings(const SecuritySettings& settings)
{
    m_loaded = settings;
    m_limit->setValue(settings.failedAttemptLimit);
    m_window->setSeconds(settings.windowSeconds);
    m_block->setSeconds(settings.blockSeconds);
    m_permanent->setChecked(settings.permanentBlock);
    m_sourceLimit->setValue(settings.sourceFailureLimit);
    m_sourceWindow->setSeconds(settings.sourceWindowSeconds);
    m_passwordLength->setValue(settings.passwordMinLength);
    updateButtons();
}

SecuritySettings SecuritySettingsPage::edited() const
{
    SecuritySettings settings = m_loaded.value_or(SecuritySettings());
    settings.failedAttemptLimit = m_limit->value();
    settings.windowSeconds = int(m_window->seconds());
    settings.blockSeconds = int(m_block->seconds());
    settings.permanentBlock = m_permanent->isChecked();
    if (settings.sourceFailureLimit > 0) {
        settings.sourceFailureLimit = m_sourceLimit->value();
        settings.sourceWindowSeconds = int(m_sourceWindow->seconds());
    }
    if (settings.passwordMinLength > 0) {
        settings.passwordMinLength = m_passwordLength->value();
    }
    return settings;
}

bool SecuritySettingsPage::isModified() const
{
    if (!m_loaded) {
        return false;
    }
    const SecuritySettings now = edited();
    return now.failedAttemptLimit != m_loaded->failedAttemptLimit || now.windowSeconds != m_loaded->windowSeconds ||
           now.blockSeconds != m_loaded->blockSeconds || now.permanentBlock != m_loaded->permanentBlock ||
           now.sourceFailureLimit != m_loaded->sourceFailureLimit ||
           now.sourceWindowSeconds != m_loaded->sourceWindowSeconds ||
           now.passwordMinLength != m_loaded->passwordMinLength;
}

void SecuritySettingsPage::updateButtons()
{
    const bool idle = !m_pending && m_loaded.has_value();
    for (QWidget* input : std::initializer_list<QWidget*>{m_limit, m_window, m_permanent, m_sourceLimit, m_sourceWindow,
                                                          m_passwordLength}) {
        input->setEnabled(idle);
    }
    m_block->setEnabled(idle && !m_permanent->isChecked());
    m_saveButton->setEnabled(idle && isModified());
    m_revertButton->setEnabled(idle && isModified());
    if (m_loaded) {
        const SecuritySettings s = edited();
        m_summaryLabel->setText(
            s.permanentBlock ? tr("%n failed attempt(s) within %1 block a user until an admin removes the block.",
                                  nullptr, s.failedAttemptLimit)
                                   .arg(display::duration(s.windowSeconds))
                             : tr("%n failed attempt(s) within %1 block a user for %2.", nullptr, s.failedAttemptLimit)
                                   .arg(display::duration(s.windowSeconds), display::duration(s.blockSeconds)));
    }
}

void SecuritySettingsPage::save()
{
    m_errors->clear();
    m_pending = m_api.save(edited(), this, [this](const ApiResult<SecuritySettings>& result) {
        m_pending = nullptr;
        if (!result.ok()) {
            const ApiError error = result.error();
            if (error.status() == kHttpPreconditionFailed) {
                m_errors->showMessage(tr("Another admin changed these settings since you opened them. Revert to "
                                         "see theirs, then make your change again."));
            } else {
                m_errors->show(error);
            }
            updateButtons();
            return;
        }
        showSettings(result.value());
        emit statusMessage(tr("Security settings saved"));
    });
    updateButtons();
}

void SecuritySettingsPage::revert()
{
    m_errors->clear();
    refresh();
}

} // namespace castellan::console
