#pragma once

#include "api/SamlIdpApi.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace castellan::console {

class IdpKeyModel;
class RestClient;
struct IdpKey;

/// This server as a SAML identity provider, on the SAML page: its metadata URL (from the console's server
/// address) with Copy and "Save IdP Metadata As…", and its signing keys with their rotation: generate the next
/// key (published at once), activate it (after saying what SPs must have done first), retire an old one.
class SamlIdpPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SamlIdpPanel(RestClient& client, QWidget* parent = nullptr);

    IdpKeyModel* keyModel() const { return m_model; }
    QTableView* keyView() const { return m_keyView; }
    QLineEdit* metadataUrlField() const { return m_urlField; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* saveMetadataButton() const { return m_saveButton; }
    QPushButton* generateButton() const { return m_generateButton; }
    QPushButton* activateButton() const { return m_activateButton; }
    QPushButton* retireButton() const { return m_retireButton; }
    bool isBusy() const { return m_busy; }

    /// "https://<server>/saml/metadata".
    QString metadataUrl() const;

public slots:
    /// Reloads the keys and the metadata URL (the server may have changed).
    void refresh();
    void copyMetadataUrl();
    /// Asks where to save the metadata, then saves it there.
    void chooseMetadataFile();
    /// Downloads the metadata and writes it to `path`.
    void saveMetadataTo(const QString& path);
    void generateNextKey();
    void activateSelectedKey();
    void retireSelectedKey();

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void setBusy(bool busy);
    const IdpKey* selectedKey() const;
    void failed(const QString& what, const ApiError& error);

    RestClient& m_client;
    SamlIdpApi m_api;
    IdpKeyModel* m_model;
    QLabel* m_urlLabel;
    QLineEdit* m_urlField;
    QPushButton* m_copyButton;
    QPushButton* m_saveButton;
    QLabel* m_keysLabel;
    QTableView* m_keyView;
    QPushButton* m_generateButton;
    QPushButton* m_activateButton;
    QPushButton* m_retireButton;
    bool m_busy = false;
};

} // namespace castellan::console
