#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

// Installs the program's translation (and Qt's own, for standard buttons) for one language:
// the one asked for with --lang, else the system's. English needs a translator too, for plural
// forms ("1 minute", "2 minutes").
class AppTranslations : public QObject
{
    Q_OBJECT

public:
    explicit AppTranslations(QObject *parent = nullptr);

    // Returns false, and installs nothing, for a language the program does not speak.
    bool install(const QString &language);
    static QString systemLanguage();
    static bool isSupported(const QString &language);

private:
    QTranslator m_program;
    QTranslator m_qt;
};
