#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace castellan::console::test {

/// The visible child of `parent` of type T (named `name` when given), waiting up to `timeoutMs` for it;
/// nullptr when none came.
template <typename T> T* waitForVisibleChild(QObject* parent, const QString& name = {}, int timeoutMs = 30000)
{
    T* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T* child : parent->findChildren<T*>(name)) {
                if (child->isVisible()) {
                    found = child;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

/// Answers the message box `parent` opens (named `name`) with `button`; false when no such box came.
inline bool answerMessageBox(QObject* parent, const QString& name, QMessageBox::StandardButton button)
{
    auto* box = waitForVisibleChild<QMessageBox>(parent, name);
    if (!box || !box->button(button)) {
        return false;
    }
    box->button(button)->click();
    return true;
}

/// Replaces a line edit's text by typing it key by key, as an admin would (any characters, not only Latin-1).
inline void typeText(QLineEdit* field, const QString& text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(field, &release);
    }
}

/// Clicks the horizontal header of `view` on `section`, as an admin sorting the table would; false when the
/// section is not on screen.
inline bool clickHeader(QTableView* view, int section)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    if (header->logicalIndexAt(at) != section) {
        return false;
    }
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    return true;
}

} // namespace castellan::console::test
