#include "signinbrowser.h"

SignInBrowser::SignInBrowser(QWidget *parent)
    : QWidget(parent)
{}

SignInBrowser::~SignInBrowser() = default;
