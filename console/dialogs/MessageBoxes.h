#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace castellan::console {

class ApiError;

/// Window-modal message boxes opened without a nested event loop (QDialog::open), deleted when closed.
namespace messages {

/// Asks a Yes/No question (No is the default); `onYes` runs when the admin answers Yes.
QMessageBox* confirm(QWidget* parent, const QString& title, const QString& question, const QString& detail,
                     std::function<void()> onYes);
/// Says a call failed: `what` failed, with the server's message (and its field errors in the details).
QMessageBox* failure(QWidget* parent, const QString& what, const ApiError& error);
/// Says something went well or needs reading.
QMessageBox* information(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});

} // namespace messages

} // namespace castellan::console
