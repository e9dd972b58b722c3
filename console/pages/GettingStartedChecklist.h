#pragma once

#include "api/DashboardSummary.h"
#include "pages/ConsolePage.h"

#include <QGroupBox>

#include <array>

class QLabel;
class QPushButton;

namespace castellan::console {

/// What a new server lacks before its first protected login, one line per step: a done / not-done mark, what to
/// do, and a button that asks for the page that does it (a registration profile on Applications, a RADIUS client
/// on RADIUS Clients — or a service provider on SAML, the step's second button —, mail or SMS on Mail and SMS, a
/// user's factor on Local Users).
class GettingStartedChecklist : public QGroupBox
{
    Q_OBJECT

public:
    enum class Item
    {
        RegistrationProfile,
        RadiusClientOrServiceProvider,
        Delivery,
        UserWithFactor,
    };
    static constexpr std::size_t kItemCount = 4;
    static constexpr std::array<Item, kItemCount> kItems{Item::RegistrationProfile, Item::RadiusClientOrServiceProvider,
                                                         Item::Delivery, Item::UserWithFactor};

    /// The page that completes `item`.
    static ConsolePage pageFor(Item item);

    explicit GettingStartedChecklist(QWidget* parent = nullptr);

    void setSetup(const DashboardSummary::Setup& setup);
    bool isDone(Item item) const { return m_rows.at(index(item)).done; }
    QPushButton* button(Item item) const { return m_rows.at(index(item)).button; }
    QLabel* mark(Item item) const { return m_rows.at(index(item)).mark; }
    QLabel* text(Item item) const { return m_rows.at(index(item)).text; }
    /// The step's second way: a SAML service provider instead of a RADIUS client.
    QPushButton* samlButton() const { return m_samlButton; }

signals:
    void pageRequested(castellan::console::ConsolePage page);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* mark = nullptr;
        QLabel* text = nullptr;
        QPushButton* button = nullptr;
        bool done = false;
    };
    static std::size_t index(Item item) { return static_cast<std::size_t>(item); }
    void retranslateUi();
    void showMarks();

    QLabel* m_intro = nullptr;
    QPushButton* m_samlButton = nullptr;
    std::array<Row, kItemCount> m_rows;
};

} // namespace castellan::console
