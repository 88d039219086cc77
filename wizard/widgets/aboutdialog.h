#pragma once

#include <QDialog>

class QLabel;

// About Xero Refresh Assistant: the icon, name and version, what the program is for, its licence,
// and links to the project page and to the sandbox's documentation (opened in the system
// browser). Reached from the status window (About button, F1) and from the wizard (its About
// button). Open it with open() or show(); it deletes nothing on its own.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Opens a new dialog over parent, deleted when closed.
    static void showOver(QWidget *parent);

private:
    QLabel *linkLabel(const QString &objectName, const QString &html);
};
