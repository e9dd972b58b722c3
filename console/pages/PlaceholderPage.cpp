#include "pages/PlaceholderPage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace castellan::console {

namespace {
constexpr int kIconSize = 64;
constexpr qreal kTitleScale = 1.6;
} // namespace

PlaceholderPage::PlaceholderPage(ConsolePage page, QWidget* parent)
    : QWidget(parent), m_page(page), m_titleLabel(new QLabel(this)), m_messageLabel(new QLabel(this)),
      m_connectButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("placeholderPage"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(QIcon(consolePageIconPath(page)).pixmap(kIconSize, kIconSize, QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * kTitleScale);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_messageLabel);
    layout->addSpacing(16);
    layout->addWidget(m_connectButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_connectButton, &QPushButton::clicked, this, &PlaceholderPage::connectRequested);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::showUnavailable()
{
    m_unavailable = true;
    m_connectButton->hide();
    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_titleLabel->setText(consolePageTitle(m_page));
    m_messageLabel->setText(m_unavailable ? tr("The server you are connected to does not offer this page: it is an "
                                               "older version. Update the server to use it.")
                                          : tr("This page needs a connection to a Castellan server."));
    m_connectButton->setText(tr("Connect to Server…"));
}

} // namespace castellan::console
