#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QList<QTranslator *> install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QList<QTranslator *> installed;
    const auto add = [&](QTranslator *translator, bool loaded) {
        if (loaded && QCoreApplication::installTranslator(translator))
            installed << translator;
        else
            delete translator;
    };
    // Standard buttons and dialogs.
    auto *qt = new QTranslator(&app);
    add(qt,
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // English plural forms ("1 row", "2 rows") first: the source texts are English, so a
    // language without a translation of its own still reads right. A language that has one
    // is installed after it and wins (the last installed translator is asked first).
    auto *plurals = new QTranslator(&app);
    add(plurals, plurals->load(QStringLiteral("acdconnect_en"), QStringLiteral(":/i18n")));
    if (locale.language() != QLocale::English) {
        auto *own = new QTranslator(&app);
        add(own,
            own->load(locale, QStringLiteral("acdconnect"), QStringLiteral("_"),
                QStringLiteral(":/i18n")));
    }
    return installed;
}

} // namespace Translations
