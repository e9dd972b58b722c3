#include "dialogs/ServerFormDialog.h"

#include "api/ApiError.h"
#include "api/RestReply.h"
#include "dialogs/FieldErrorPresenter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMinimumWidth = 420;

} // namespace

ServerFormDialog::ServerFormDialog(QWidget* parent)
    : QDialog(parent), m_intro(new QLabel), m_banner(new QLabel), m_errors(new FieldErrorPresenter(m_banner, this)),
      m_form(new QFormLayout), m_body(new QVBoxLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel)),
      m_saveButton(m_buttons->button(QDialogButtonBox::Save))
{
    setMinimumWidth(kMinimumWidth);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isBusy()) {
            m_errors->clear();
            submit();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerFormDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void ServerFormDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void ServerFormDialog::setSaveText(const QString& text)
{
    m_saveButton->setText(text);
}

void ServerFormDialog::addField(const QString& label, QWidget* input, const QString& field)
{
    m_errors->addRow(m_form, label, input, field);
}

void ServerFormDialog::watch(RestReply* reply)
{
    m_pending = reply;
    setFormEnabled(false);
}

void ServerFormDialog::settle(const ApiError& error)
{
    m_pending = nullptr;
    setFormEnabled(true);
    if (!error.isNone() && !error.isCancelled()) {
        m_errors->show(error);
    }
}

void ServerFormDialog::setFormEnabled(bool enabled)
{
    m_saveButton->setEnabled(enabled);
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole); item && item->widget()) {
            item->widget()->setEnabled(enabled);
        }
    }
    if (enabled) {
        updateInputs();
    }
}

void ServerFormDialog::reject()
{
    if (m_pending) {
        m_pending->cancel(); // the first Cancel stops the call, the next one closes
        return;
    }
    QDialog::reject();
}

} // namespace castellan::console
