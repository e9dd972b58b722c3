#include "dialogs/ReplyAttributesEditor.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace castellan::console {

ReplyAttributesEditor::ReplyAttributesEditor(QWidget* parent)
    : QWidget(parent), m_names(new QStringListModel(this)), m_completer(new QCompleter(m_names, this)),
      m_rowsLayout(new QVBoxLayout), m_addButton(new QPushButton)
{
    setObjectName(QStringLiteral("replyAttributesEditor"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // "avpair" finds Cisco-AVPair
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_addButton->setObjectName(QStringLiteral("addAttributeButton"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    connect(m_addButton, &QPushButton::clicked, this, &ReplyAttributesEditor::addRow);
    retranslateUi();
}

void ReplyAttributesEditor::setAttributeNames(const QStringList& names)
{
    m_names->setStringList(names);
}

void ReplyAttributesEditor::setAttributes(const QList<RadiusReplyAttribute>& attributes)
{
    while (!m_rows.isEmpty()) {
        removeRow(m_rows.first().widget);
    }
    for (const RadiusReplyAttribute& attribute : attributes) {
        appendRow(attribute);
    }
}

QList<RadiusReplyAttribute> ReplyAttributesEditor::attributes() const
{
    QList<RadiusReplyAttribute> found;
    for (const Row& row : m_rows) {
        if (!row.attribute->text().trimmed().isEmpty()) {
            found.append({row.attribute->text().trimmed(), row.value->text()});
        }
    }
    return found;
}

void ReplyAttributesEditor::addRow()
{
    appendRow({});
    m_rows.last().attribute->setFocus();
}

void ReplyAttributesEditor::appendRow(const RadiusReplyAttribute& attribute)
{
    auto* widget = new QWidget;
    auto* name = new QLineEdit(attribute.attribute);
    name->setObjectName(QStringLiteral("attributeField"));
    name->setCompleter(m_completer);
    auto* value = new QLineEdit(attribute.value);
    value->setObjectName(QStringLiteral("valueField"));
    auto* remove = new QPushButton;
    remove->setObjectName(QStringLiteral("removeAttributeButton"));
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name, 2);
    layout->addWidget(new QLabel(QStringLiteral("=")));
    layout->addWidget(value, 3);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(widget);
    m_rows.append({widget, name, value, remove});
    connect(remove, &QPushButton::clicked, this, [this, widget] { removeRow(widget); });
    retranslateUi();
}

void ReplyAttributesEditor::removeRow(QWidget* rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            break;
        }
    }
    rowWidget->hide();
    rowWidget->deleteLater();
    m_addButton->setEnabled(m_rows.size() < kMaxAttributes);
}

void ReplyAttributesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReplyAttributesEditor::retranslateUi()
{
    m_addButton->setText(tr("&Add Attribute"));
    m_addButton->setEnabled(m_rows.size() < kMaxAttributes);
    for (const Row& row : m_rows) {
        row.attribute->setPlaceholderText(tr("Attribute, e.g. Filter-Id"));
        row.value->setPlaceholderText(tr("Value, e.g. vpn-{username}"));
        row.remove->setText(tr("Remove"));
    }
}

} // namespace castellan::console
