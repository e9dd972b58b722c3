#include "dialogs/CsvFileLoader.h"

#include "csv/CsvReader.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace castellan::console {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

/// The header and the first `count` records of CSV text; nothing after the first malformed record (the server's
/// check reports it with its line).
void parsePreview(const QByteArray& bytes, int count, CsvFileContents& contents)
{
    castellan::CsvReader reader(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!reader.readHeader()) {
        return;
    }
    for (const std::string& cell : reader.header()) {
        contents.header.append(QString::fromStdString(cell));
    }
    castellan::CsvRecord record;
    while (contents.rows.size() < count) {
        auto more = reader.next(record);
        if (!more || !more.value()) {
            return;
        }
        CsvFileContents::Row row;
        row.line = qint64(record.line);
        for (std::size_t cell = 0; cell < reader.header().size(); ++cell) {
            row.cells.append(text(record.field(cell)));
        }
        contents.rows.append(row);
    }
}

} // namespace

CsvFileLoader::CsvFileLoader(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &CsvFileLoader::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CsvFileLoader::onFinished);
}

CsvFileLoader::~CsvFileLoader()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void CsvFileLoader::start(const QString& path, qint64 maxBytes, int previewRows)
{
    cancel();
    m_watcher.setFuture(QtConcurrent::run(&CsvFileLoader::read, path, maxBytes, previewRows));
}

bool CsvFileLoader::cancel()
{
    if (!isRunning()) {
        return false;
    }
    m_watcher.cancel();
    return true;
}

bool CsvFileLoader::isRunning() const
{
    return m_watcher.isRunning() && !m_watcher.isCanceled();
}

void CsvFileLoader::onFinished()
{
    const QFuture<CsvFileContents> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit cancelled();
        return;
    }
    emit finished(future.result());
}

void CsvFileLoader::read(QPromise<CsvFileContents>& promise, const QString& path, qint64 maxBytes, int previewRows)
{
    promise.setProgressRange(0, kProgressMaximum);
    CsvFileContents contents;
    QFile file(path);
    contents.size = file.size();
    if (contents.size > maxBytes) {
        contents.problem = CsvFileContents::Problem::TooLarge;
        promise.addResult(contents);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        contents.problem = CsvFileContents::Problem::CannotOpen;
        contents.detail = file.errorString();
        promise.addResult(contents);
        return;
    }
    contents.bytes.reserve(contents.size);
    while (!file.atEnd()) {
        if (promise.isCanceled()) {
            return;
        }
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            contents.problem = CsvFileContents::Problem::ReadFailed;
            contents.detail = file.errorString();
            promise.addResult(contents);
            return;
        }
        contents.bytes.append(chunk);
        if (contents.bytes.size() > maxBytes) { // the file grew while it was read
            contents.problem = CsvFileContents::Problem::TooLarge;
            contents.size = contents.bytes.size();
            contents.bytes.clear();
            promise.addResult(contents);
            return;
        }
        const qint64 done = std::min<qint64>(contents.bytes.size(), contents.size);
        promise.setProgressValue(contents.size > 0 ? int(done * kProgressMaximum / contents.size) : 0);
    }
    contents.size = contents.bytes.size();
    parsePreview(contents.bytes, previewRows, contents);
    promise.setProgressValue(kProgressMaximum);
    promise.addResult(contents);
}

} // namespace castellan::console
