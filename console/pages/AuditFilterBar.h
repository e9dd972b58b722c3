#pragma once

#include "api/AuditEntry.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace castellan::console {

/// The audit log's filters: user, actor, event, from and to. filterChanged() follows edits after a pause.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kEditDelayMs = 400;

    explicit AuditFilterBar(QWidget* parent = nullptr);

    AuditFilter filter() const;
    void clear();

    QLineEdit* userField() const { return m_user; }
    QLineEdit* actorField() const { return m_actor; }
    QLineEdit* eventField() const { return m_event; }
    QCheckBox* fromBox() const { return m_fromBox; }
    QDateTimeEdit* fromField() const { return m_from; }
    QCheckBox* toBox() const { return m_toBox; }
    QDateTimeEdit* toField() const { return m_to; }

signals:
    void filterChanged(const castellan::console::AuditFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLineEdit* textFilter(const QString& name);
    QDateTimeEdit* timeFilter(const QString& name, QCheckBox* box);

    QLineEdit* m_user;
    QLineEdit* m_actor;
    QLineEdit* m_event;
    QCheckBox* m_fromBox;
    QDateTimeEdit* m_from;
    QCheckBox* m_toBox;
    QDateTimeEdit* m_to;
    QTimer* m_delay;
};

} // namespace castellan::console
