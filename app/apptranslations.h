#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

// Installs the program's translation (and Qt's own, for standard buttons) for one language:
// the one asked for with --lang, else the system's. English needs a translator too, for plural
// forms ("1 minute", "2 minutes"). The program's .qm file is read from the installed
// translations folder when it is there (a packager or translator can replace it without a
// rebuild), else from the copy compiled into the program (:/i18n), which a build tree and a
// moved executable always have.
class AppTranslations : public QObject
{
    Q_OBJECT

public:
    // installedDirectory: where `cmake --install` puts the .qm files for this executable.
    explicit AppTranslations(QObject *parent = nullptr);
    explicit AppTranslations(const QString &installedDirectory, QObject *parent = nullptr);

    // The installed translations folder, found from the executable's own folder (bin/ ->
    // share/xero-refresh-assistant/translations), so that any install prefix works.
    static QString installedDirectory();

    // Returns false, and installs nothing, for a language the program does not speak.
    bool install(const QString &language);
    static QString systemLanguage();
    static bool isSupported(const QString &language);
    // The program's .qm file in use (empty before install()).
    QString programFile() const { return m_program.filePath(); }

private:
    QString m_installedDirectory;
    QTranslator m_program;
    QTranslator m_qt;
};
