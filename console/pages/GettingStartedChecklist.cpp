#include "pages/GettingStartedChecklist.h"

#include "models/StatusPalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace castellan::console {

namespace {

constexpr int kMarkPointSizeIncrease = 4;

QString objectNameOf(GettingStartedChecklist::Item item)
{
    switch (item) {
    case GettingStartedChecklist::Item::RegistrationProfile:
        return QStringLiteral("registrationProfile");
    case GettingStartedChecklist::Item::RadiusClientOrServiceProvider:
        return QStringLiteral("radiusClientOrServiceProvider");
    case GettingStartedChecklist::Item::Delivery:
        return QStringLiteral("delivery");
    case GettingStartedChecklist::Item::UserWithFactor:
        return QStringLiteral("userWithFactor");
    }
    return {};
}

} // namespace

ConsolePage GettingStartedChecklist::pageFor(Item item)
{
    switch (item) {
    case Item::RegistrationProfile:
        return ConsolePage::Applications;
    case Item::RadiusClientOrServiceProvider:
        return ConsolePage::RadiusClients;
    case Item::Delivery:
        return ConsolePage::Delivery;
    case Item::UserWithFactor:
        return ConsolePage::LocalUsers;
    }
    return ConsolePage::Dashboard;
}

GettingStartedChecklist::GettingStartedChecklist(QWidget* parent) : QGroupBox(parent), m_intro(new QLabel)
{
    setObjectName(QStringLiteral("checklist"));
    m_intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const Item item : kItems) {
        Row& row = m_rows.at(index(item));
        row.mark = new QLabel;
        row.mark->setObjectName(objectNameOf(item) + QStringLiteral("Mark"));
        QFont font = row.mark->font();
        font.setPointSize(font.pointSize() + kMarkPointSizeIncrease);
        font.setBold(true);
        row.mark->setFont(font);
        row.text = new QLabel;
        row.text->setObjectName(objectNameOf(item) + QStringLiteral("Text"));
        row.text->setWordWrap(true);
        row.button = new QPushButton;
        row.button->setObjectName(objectNameOf(item) + QStringLiteral("Button"));
        connect(row.button, &QPushButton::clicked, this, [this, item] { emit pageRequested(pageFor(item)); });
        grid->addWidget(row.mark, line, 0);
        grid->addWidget(row.text, line, 1);
        grid->addWidget(row.button, line, 2);
        if (item == Item::RadiusClientOrServiceProvider) {
            m_samlButton = new QPushButton;
            m_samlButton->setObjectName(QStringLiteral("serviceProviderButton"));
            connect(m_samlButton, &QPushButton::clicked, this, [this] { emit pageRequested(ConsolePage::Saml); });
            grid->addWidget(m_samlButton, line, 3);
        }
        ++line;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    retranslateUi();
}

void GettingStartedChecklist::setSetup(const DashboardSummary::Setup& setup)
{
    m_rows.at(index(Item::RegistrationProfile)).done = setup.registrationProfile;
    m_rows.at(index(Item::RadiusClientOrServiceProvider)).done = setup.radiusClientOrServiceProvider;
    m_rows.at(index(Item::Delivery)).done = setup.deliveryConfigured;
    m_rows.at(index(Item::UserWithFactor)).done = setup.userWithFactor;
    showMarks();
}

void GettingStartedChecklist::showMarks()
{
    for (const Row& row : m_rows) {
        // A check mark or an open circle, with the words for screen readers and a tooltip.
        row.mark->setText(row.done ? QStringLiteral("\u2713") : QStringLiteral("\u25CB"));
        const QString state = row.done ? tr("Done") : tr("Not done yet");
        row.mark->setToolTip(state);
        row.mark->setAccessibleName(state);
        QPalette palette = row.mark->palette();
        palette.setBrush(QPalette::WindowText,
                         row.done ? StatusPalette::goodText() : palette.brush(QPalette::PlaceholderText));
        row.mark->setPalette(palette);
        row.text->setEnabled(!row.done);
    }
}

void GettingStartedChecklist::retranslateUi()
{
    setTitle(tr("Getting started"));
    m_intro->setText(tr("This server is not fully set up yet. Each step opens the page where you complete it."));
    m_rows.at(index(Item::RegistrationProfile))
        .text->setText(tr("Create a registration profile: the portal where users enroll their factors needs one."));
    m_rows.at(index(Item::RadiusClientOrServiceProvider))
        .text->setText(tr("Add a RADIUS client (VPN, Wi-Fi) or a SAML service provider (web application)."));
    m_rows.at(index(Item::Delivery))
        .text->setText(tr("Set up mail or SMS delivery, so that codes and notices reach the users."));
    m_rows.at(index(Item::UserWithFactor))
        .text->setText(tr("Give a first user a second factor (authenticator app, hardware token, SMS or e-mail)."));
    for (const Item item : kItems) {
        m_rows.at(index(item)).button->setText(tr("Open %1").arg(consolePageTitle(pageFor(item))));
    }
    m_samlButton->setText(tr("Open %1").arg(consolePageTitle(ConsolePage::Saml)));
    showMarks();
}

void GettingStartedChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

} // namespace castellan::console
