#include "dialogs/MessageBoxes.h"

#include "api/ApiError.h"

#include <QMessageBox>

namespace castellan::console::messages {

namespace {

QMessageBox* openBox(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                     const QString& detail, QMessageBox::StandardButtons buttons)
{
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setInformativeText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

} // namespace

QMessageBox* confirm(QWidget* parent, const QString& title, const QString& question, const QString& detail,
                     std::function<void()> onYes)
{
    QMessageBox* box =
        openBox(QMessageBox::Question, parent, title, question, detail, QMessageBox::Yes | QMessageBox::No);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setDefaultButton(QMessageBox::No);
    QObject::connect(box, &QMessageBox::finished, box, [onYes = std::move(onYes)](int result) {
        if (result == QMessageBox::Yes) {
            onYes();
        }
    });
    box->open();
    return box;
}

QMessageBox* failure(QWidget* parent, const QString& what, const ApiError& error)
{
    QMessageBox* box = openBox(QMessageBox::Warning, parent, what, what, error.message(), QMessageBox::Ok);
    box->setObjectName(QStringLiteral("failureBox"));
    QStringList fields;
    for (const ApiFieldError& field : error.fieldErrors()) {
        fields.append(field.field + QStringLiteral(": ") + field.message);
    }
    if (!fields.isEmpty()) {
        box->setDetailedText(fields.join(QLatin1Char('\n')));
    }
    box->open();
    return box;
}

QMessageBox* information(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    QMessageBox* box = openBox(QMessageBox::Information, parent, title, text, detail, QMessageBox::Ok);
    box->setObjectName(QStringLiteral("informationBox"));
    box->open();
    return box;
}

} // namespace castellan::console::messages
