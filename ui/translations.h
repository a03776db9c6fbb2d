#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace Translations {

// Installs, for language (e.g. "it"; empty = the system's), Qt's own translations, the
// English plural forms and ACD Connect's translation for that language, and makes that
// locale the default (number and date formats). The translators are children of app;
// deleting them uninstalls them.
QList<QTranslator *> install(QCoreApplication &app, const QString &language);

} // namespace Translations
