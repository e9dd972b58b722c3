#include "pages/SamlIdpPanel.h"

#include "api/RestClient.h"
#include "dialogs/MessageBoxes.h"
#include "models/DisplayFormat.h"
#include "models/IdpKeyModel.h"

#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace castellan::console {

SamlIdpPanel::SamlIdpPanel(RestClient& client, QWidget* parent)
    : QGroupBox(parent), m_client(client), m_api(client), m_model(new IdpKeyModel(this)), m_urlLabel(new QLabel),
      m_urlField(new QLineEdit), m_copyButton(new QPushButton), m_saveButton(new QPushButton), m_keysLabel(new QLabel),
      m_keyView(new QTableView), m_generateButton(new QPushButton), m_activateButton(new QPushButton),
      m_retireButton(new QPushButton)
{
    setObjectName(QStringLiteral("samlIdpPanel"));
    m_urlField->setObjectName(QStringLiteral("metadataUrlField"));
    m_urlField->setReadOnly(true);
    m_copyButton->setObjectName(QStringLiteral("copyMetadataUrlButton"));
    m_saveButton->setObjectName(QStringLiteral("saveMetadataButton"));
    m_keyView->setObjectName(QStringLiteral("keyView"));
    m_keyView->setModel(m_model);
    m_keyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyView->verticalHeader()->hide();
    m_keyView->horizontalHeader()->setStretchLastSection(true);
    m_keyView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_keyView->setColumnWidth(IdpKeyModel::StateColumn, 170);
    m_keyView->setWordWrap(false);
    // A whole SHA-256 fingerprint (95 characters), so it can be compared with what an SP shows.
    m_keyView->setColumnWidth(IdpKeyModel::FingerprintColumn,
                              QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                      .horizontalAdvance(QString(95, QLatin1Char('0'))) +
                                  16);
    m_keyView->setMaximumHeight(150);
    m_generateButton->setObjectName(QStringLiteral("generateKeyButton"));
    m_activateButton->setObjectName(QStringLiteral("activateKeyButton"));
    m_retireButton->setObjectName(QStringLiteral("retireKeyButton"));

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel);
    urlRow->addWidget(m_urlField, 1);
    urlRow->addWidget(m_copyButton);
    urlRow->addWidget(m_saveButton);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_generateButton);
    keyButtons->addWidget(m_activateButton);
    keyButtons->addWidget(m_retireButton);
    keyButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(urlRow);
    layout->addWidget(m_keysLabel);
    layout->addWidget(m_keyView);
    layout->addLayout(keyButtons);

    connect(m_copyButton, &QPushButton::clicked, this, &SamlIdpPanel::copyMetadataUrl);
    connect(m_saveButton, &QPushButton::clicked, this, &SamlIdpPanel::chooseMetadataFile);
    connect(m_generateButton, &QPushButton::clicked, this, &SamlIdpPanel::generateNextKey);
    connect(m_activateButton, &QPushButton::clicked, this, &SamlIdpPanel::activateSelectedKey);
    connect(m_retireButton, &QPushButton::clicked, this, &SamlIdpPanel::retireSelectedKey);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SamlIdpPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SamlIdpPanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void SamlIdpPanel::retranslateUi()
{
    setTitle(tr("Identity Provider (this server)"));
    m_urlLabel->setText(tr("Metadata URL:"));
    m_copyButton->setText(tr("&Copy"));
    m_saveButton->setText(tr("Save IdP &Metadata As…"));
    m_keysLabel->setText(tr("Signing keys (the metadata publishes every key that is not retired):"));
    m_generateButton->setText(tr("&Generate Next Key"));
    m_activateButton->setText(tr("&Activate…"));
    m_retireButton->setText(tr("&Retire…"));
}

void SamlIdpPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QGroupBox::changeEvent(event);
}

QString SamlIdpPanel::metadataUrl() const
{
    QUrl url = m_client.server();
    url.setPath(QStringLiteral("/saml/metadata"));
    return url.toString();
}

void SamlIdpPanel::refresh()
{
    m_urlField->setText(metadataUrl());
    const QString selected = selectedKey() ? selectedKey()->id : QString();
    m_api.keys(this, [this, selected](const ApiResult<ListPage<IdpKey>>& result) {
        if (!result.ok()) {
            m_keysLabel->setText(tr("Could not load the signing keys: %1").arg(result.error().message()));
            return;
        }
        retranslateUi(); // the keys' heading again, after a failure replaced it
        m_model->setKeys(result.value().items);
        if (const int row = m_model->rowOfKey(selected); row >= 0) {
            m_keyView->selectRow(row);
        }
    });
}

void SamlIdpPanel::copyMetadataUrl()
{
    QGuiApplication::clipboard()->setText(metadataUrl());
    emit statusMessage(tr("Metadata URL copied"));
}

void SamlIdpPanel::chooseMetadataFile()
{
    auto* chooser = new QFileDialog(this, tr("Save IdP Metadata"), QStringLiteral("castellan-idp-metadata.xml"),
                                    tr("SAML metadata (*.xml)"));
    chooser->setObjectName(QStringLiteral("saveMetadataChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("xml"));
    connect(chooser, &QFileDialog::fileSelected, this, &SamlIdpPanel::saveMetadataTo);
    chooser->open();
}

void SamlIdpPanel::saveMetadataTo(const QString& path)
{
    setBusy(true);
    m_api.metadata(this, [this, path](const ApiResult<QByteArray>& result) {
        setBusy(false);
        if (!result.ok()) {
            failed(tr("Could not download the IdP metadata"), result.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size() || !file.commit()) {
            messages::information(this, tr("Save IdP Metadata"), tr("Could not write %1.").arg(path),
                                  file.errorString());
            return;
        }
        emit statusMessage(tr("IdP metadata saved to %1").arg(path));
    });
}

const IdpKey* SamlIdpPanel::selectedKey() const
{
    const QModelIndexList rows = m_keyView->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->keyFromIndex(rows.first()) : nullptr;
}

void SamlIdpPanel::updateButtons()
{
    const IdpKey* key = selectedKey();
    const bool hasNext = std::any_of(m_model->keys().begin(), m_model->keys().end(),
                                     [](const IdpKey& k) { return k.state == QLatin1String("next"); });
    m_generateButton->setEnabled(!m_busy && !hasNext); // one next key at a time
    m_activateButton->setEnabled(!m_busy && key && key->canActivate());
    m_retireButton->setEnabled(!m_busy && key && key->canRetire());
    m_saveButton->setEnabled(!m_busy);
}

void SamlIdpPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateButtons();
}

void SamlIdpPanel::failed(const QString& what, const ApiError& error)
{
    if (!error.isCancelled()) {
        messages::failure(this, what, error);
    }
}

void SamlIdpPanel::generateNextKey()
{
    setBusy(true);
    m_api.generateNext(this, [this](const ApiResult<IdpKey>& result) {
        setBusy(false);
        if (!result.ok()) {
            failed(tr("Could not generate the next signing key"), result.error());
            return;
        }
        emit statusMessage(tr("Next signing key generated; the metadata publishes it now"));
        refresh();
        m_keyView->clearSelection();
    });
}

void SamlIdpPanel::activateSelectedKey()
{
    const IdpKey* key = selectedKey();
    if (!key || !key->canActivate()) {
        return;
    }
    const QString id = key->id;
    messages::confirm(
        this, tr("Activate Signing Key"), tr("Sign with the key %1 from now on?").arg(key->fingerprint.left(23)),
        tr("Every service provider must already trust this key's certificate. It has been published in the IdP "
           "metadata since it was generated (%1): SPs that read the metadata regularly have it; SPs that were "
           "given the metadata or the certificate once must be given the new one before you activate, or their "
           "sign-ins fail. The key signing now stays published as the previous key until you retire it.")
            .arg(display::time(key->createdAt)),
        [this, id] {
            setBusy(true);
            m_api.activate(id, this, [this](const ApiResult<IdpKey>& result) {
                setBusy(false);
                if (!result.ok()) {
                    failed(tr("Could not activate the signing key"), result.error());
                    return;
                }
                emit statusMessage(tr("Signing key activated"));
                refresh();
            });
        });
}

void SamlIdpPanel::retireSelectedKey()
{
    const IdpKey* key = selectedKey();
    if (!key || !key->canRetire()) {
        return;
    }
    const QString id = key->id;
    messages::confirm(this, tr("Retire Signing Key"), tr("Retire the key %1?").arg(key->fingerprint.left(23)),
                      tr("It is taken out of the IdP metadata and its private key is erased; this cannot be undone. "
                         "Retire a previous key once no service provider needs its certificate any more."),
                      [this, id] {
                          setBusy(true);
                          m_api.retire(id, this, [this](const ApiResult<NoContent>& result) {
                              setBusy(false);
                              if (!result.ok()) {
                                  failed(tr("Could not retire the signing key"), result.error());
                                  return;
                              }
                              emit statusMessage(tr("Signing key retired"));
                              refresh();
                          });
                      });
}

} // namespace castellan::console
