#include "powerbibrowser.h"

PowerBiBrowser::PowerBiBrowser(QWidget *parent)
    : QWidget(parent)
{}

PowerBiBrowser::~PowerBiBrowser() = default;
