#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

// A value to paste elsewhere (a redirect URI to register, an id): shown whole on one line,
// selectable, never wrapped in the middle, with Copy beside it.
class CopyableField : public QWidget
{
    Q_OBJECT

public:
    // name: what the value is, for the screen reader ("Microsoft redirect URI").
    CopyableField(const QString &value, const QString &name, QWidget *parent = nullptr);

    QString value() const;
    QLineEdit *field() const { return m_field; }
    QPushButton *copyButton() const { return m_copy; }

private:
    void copy();

    QLineEdit *m_field;
    QPushButton *m_copy;
};
