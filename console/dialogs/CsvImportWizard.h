#pragma once

#include "api/FactorsApi.h"
#include "api/ImportReport.h"
#include "api/RestReply.h"
#include "api/UsersApi.h"

#include <QWizard>

namespace castellan::console {

class CsvFilePage;
class CsvImportPage;
class CsvPreviewPage;
class RestClient;

/// Imports a CSV file in three steps: choose the file and how to treat invalid lines; a preview (the file read off
/// the GUI thread with progress and cancel, its first lines, and the server's dry run with each problem by line);
/// the import itself, with upload progress and cancel, and its report. What the file holds (Content) decides the
/// route and the texts: local users, or HOTP hardware tokens with their seeds.
class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    /// What the file holds.
    enum class Content
    {
        Users,      ///< `POST /users/import`
        HotpTokens, ///< `POST /hotp-tokens/import`: hardware tokens assigned to existing users
    };

    enum PageId
    {
        FilePageId,
        PreviewPageId,
        ImportPageId,
    };

    /// The server's limit for one upload (`POST /users/import`, UserCsvResource::kImportBodyLimit).
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    /// Says that a file of `size` bytes is over kMaxFileBytes, and what to do.
    static QString tooLargeText(qint64 size);

    explicit CsvImportWizard(RestClient& client, QWidget* parent = nullptr);
    CsvImportWizard(RestClient& client, Content content, QWidget* parent = nullptr);

    Content content() const { return m_content; }
    /// Sends the file (as the preview read it) to the server: a dry run, or the import.
    RestReply* upload(bool dryRun, QObject* context, ApiCallback<ImportReport> done);
    /// What the file page says the file holds (its columns).
    QString fileDescription() const;
    /// "3 users imported" / "3 tokens imported".
    QString importedText(qint64 count) const;
    /// The file as the preview read it (empty until then).
    QByteArray csv() const { return m_csv; }
    void setCsv(const QByteArray& csv) { m_csv = csv; }
    UsersApi::ImportMode mode() const;

    CsvFilePage* filePage() const { return m_filePage; }
    CsvPreviewPage* previewPage() const { return m_previewPage; }
    CsvImportPage* importPage() const { return m_importPage; }

signals:
    /// Users were imported (the list needs a refresh).
    void imported(qint64 count);

public slots:
    void reject() override;

private:
    Content m_content;
    UsersApi m_users;
    FactorsApi m_factors;
    QByteArray m_csv;
    CsvFilePage* m_filePage;
    CsvPreviewPage* m_previewPage;
    CsvImportPage* m_importPage;
};

} // namespace castellan::console
