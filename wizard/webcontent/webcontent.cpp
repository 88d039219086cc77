#include "webcontent.h"

WebContent::WebContent(QObject *parent)
    : QObject(parent)
{}

WebContent::~WebContent() = default;
