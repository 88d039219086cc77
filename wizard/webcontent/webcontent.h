#pragma once

#include "webcontentexport.h"

#include <QObject>

class PowerBiBrowser;
class QWidget;
class SignInBrowser;

// Makes the views that show web pages in the program, all on one browser profile whose
// sign-in sessions last between starts. The pages ask for a view when they show one, so that
// a program that never shows a web page never starts the web engine.
class XRA_WEBCONTENT_EXPORT WebContent : public QObject
{
    Q_OBJECT

public:
    explicit WebContent(QObject *parent = nullptr);
    ~WebContent() override;

    virtual SignInBrowser *createSignInBrowser(QWidget *parent) = 0;
    virtual PowerBiBrowser *createPowerBiBrowser(QWidget *parent) = 0;
    // Forgets the sign-in sessions the pages keep (cookies, cache): "sign in as someone else".
    virtual void forgetSignIns() = 0;
};
