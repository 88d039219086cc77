#pragma once

#include <QtGlobal>

// The web content classes live in a shared library that the program and the web view plugin
// both load, so that each class (and its meta-object) exists once in the process.
#if defined(XRA_WEBCONTENT_LIBRARY)
#define XRA_WEBCONTENT_EXPORT Q_DECL_EXPORT
#else
#define XRA_WEBCONTENT_EXPORT Q_DECL_IMPORT
#endif
