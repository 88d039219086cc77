#include "copyablefield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

CopyableField::CopyableField(const QString &value, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(value, this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_field->setReadOnly(true);
    m_field->setAccessibleName(name);
    m_field->setCursorPosition(0);
    // Wide enough for the whole value: one cut at the edge could not be checked by eye.
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(value) +
                             m_field->fontMetrics().averageCharWidth() * 3);
    m_copy->setAccessibleName(tr("Copy the %1").arg(name));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &CopyableField::copy);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_copy);
}

QString CopyableField::value() const
{
    return m_field->text();
}

void CopyableField::copy()
{
    QGuiApplication::clipboard()->setText(value());
    m_copy->setText(tr("Copied"));
}
