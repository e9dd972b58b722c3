#pragma once

#include "api/RestReply.h"
#include "api/SecuritySettings.h"
#include "api/SecuritySettingsApi.h"
#include "pages/ServerPage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace castellan::console {

class DurationEdit;
class FieldErrorPresenter;
class RestClient;

/// The lockout rules: how many failed attempts within which window block a user, for how long or for good.
/// Saved against the ETag read, so two admins do not overwrite each other unknowingly.
class SecuritySettingsPage : public ServerPage
{
    Q_OBJECT

public:
    explicit SecuritySettingsPage(RestClient& client, QWidget* parent = nullptr);

    bool isModified() const;
    bool isLoaded() const { return m_loaded.has_value(); }
    FieldErrorPresenter* errors() const { return m_errors; }
    QSpinBox* limitField() const { return m_limit; }
    DurationEdit* windowField() const { return m_window; }
    DurationEdit* blockField() const { return m_block; }
    QCheckBox* permanentBox() const { return m_permanent; }
    QSpinBox* sourceLimitField() const { return m_sourceLimit; }
    DurationEdit* sourceWindowField() const { return m_sourceWindow; }
    QSpinBox* passwordLengthField() const { return m_passwordLength; }
    QPushButton* saveButton() const { return m_saveButton; }

public slots:
    void refresh() override;
    void save();
    void revert();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void showSettings(const SecuritySettings& settings);
    SecuritySettings edited() const;
    void updateButtons();
    void retranslateUi();

    SecuritySettingsApi m_api;
    std::optional<SecuritySettings> m_loaded;
    QPointer<RestReply> m_pending;
    QLabel* m_titleLabel;
    QLabel* m_introLabel;
    QLabel* m_summaryLabel;
    FieldErrorPresenter* m_errors;
    QSpinBox* m_limit;
    DurationEdit* m_window;
    DurationEdit* m_block;
    QCheckBox* m_permanent;
    QSpinBox* m_sourceLimit;
    DurationEdit* m_sourceWindow;
    QSpinBox* m_passwordLength;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QList<QLabel*> m_formLabels;
};

} // namespace castellan::console
