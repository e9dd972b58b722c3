#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QStringList>

namespace castellan::console {

/// A CSV file read for the import: its bytes, which go to the server as they are, and its first records for the
/// preview.
struct CsvFileContents
{
    enum class Problem
    {
        None,
        TooLarge,   ///< larger than the limit: not read at all
        CannotOpen, ///< missing or not readable
        ReadFailed, ///< an I/O error part way
    };
    struct Row
    {
        qint64 line = 0; ///< the physical line the record starts on
        QStringList cells;
    };

    Problem problem = Problem::None;
    QString detail;  ///< the system's words for CannotOpen and ReadFailed
    qint64 size = 0; ///< the file's size in bytes
    QByteArray bytes;
    QStringList header; ///< empty when the file has no readable header line (the server's check says why)
    QList<Row> rows;    ///< the first records, at most as many as the preview asked for
};

/// Reads a CSV file on a worker thread (QtConcurrent), so that a file of tens of megabytes never holds up the
/// window: progress as the bytes come in, cancel at any time, and the preview's records parsed there as well.
class CsvFileLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr int kProgressMaximum = 1000;

    explicit CsvFileLoader(QObject* parent = nullptr);
    /// Cancels a read under way and waits for the worker to stop (it checks between chunks).
    ~CsvFileLoader() override;

    /// Starts reading `path`, cancelling a read under way. A file larger than `maxBytes` is refused before any
    /// byte is read; `previewRows` records are parsed for the preview.
    void start(const QString& path, qint64 maxBytes, int previewRows);
    /// Cancels the read under way (cancelled() follows); false when none was.
    bool cancel();
    bool isRunning() const;

    /// What the worker runs: reads the file in chunks of kChunkBytes, reporting progress from 0 to
    /// kProgressMaximum, and stops early when the promise is cancelled.
    static void read(QPromise<CsvFileContents>& promise, const QString& path, qint64 maxBytes, int previewRows);

signals:
    /// Part of the file read, from 0 to kProgressMaximum.
    void progressChanged(int value);
    /// The read ended: with contents, or a problem other than None.
    void finished(const castellan::console::CsvFileContents& contents);
    void cancelled();

private:
    void onFinished();

    QFutureWatcher<CsvFileContents> m_watcher;
};

} // namespace castellan::console
