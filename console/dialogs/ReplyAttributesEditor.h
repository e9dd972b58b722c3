#pragma once

#include "api/ApplicationProfile.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QVBoxLayout;

namespace castellan::console {

/// The reply attributes of a radius profile, one row each (attribute name, value, remove), with the attribute
/// names completed from the server's dictionary as the admin types.
class ReplyAttributesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxAttributes = 32; ///< what the server takes

    explicit ReplyAttributesEditor(QWidget* parent = nullptr);

    void setAttributes(const QList<RadiusReplyAttribute>& attributes);
    /// The rows with an attribute name, in order.
    QList<RadiusReplyAttribute> attributes() const;
    /// The names the attribute fields complete (the dictionary).
    void setAttributeNames(const QStringList& names);
    QCompleter* completer() const { return m_completer; }

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit* attributeField(int row) const { return m_rows.at(row).attribute; }
    QLineEdit* valueField(int row) const { return m_rows.at(row).value; }
    QPushButton* addButton() const { return m_addButton; }

public slots:
    /// Adds an empty row and focuses its attribute field.
    void addRow();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget;
        QLineEdit* attribute;
        QLineEdit* value;
        QPushButton* remove;
    };
    void appendRow(const RadiusReplyAttribute& attribute);
    void removeRow(QWidget* rowWidget);
    void retranslateUi();

    QStringListModel* m_names;
    QCompleter* m_completer;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
    QList<Row> m_rows;
};

} // namespace castellan::console
