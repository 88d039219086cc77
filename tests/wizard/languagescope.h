#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

// For the length of a test, the program's texts and the locale's day names in one language, as
// the program sets them at start (apptranslations.cpp): "en" or "fr".
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
    {
        EXPECT_TRUE(
            m_translator.load(QStringLiteral(":/i18n/xero-refresh-assistant_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QTranslator m_translator;
    QLocale m_previous;
};
