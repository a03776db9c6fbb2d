#include "integrations/integrationname.h"

#include <QCoreApplication>

namespace IntegrationName {

QString key(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString problem(const QString &name)
{
    const QString trimmed = name.trimmed().normalized(QString::NormalizationForm_C);
    if (trimmed.isEmpty())
        return QCoreApplication::translate("IntegrationName", "Enter a name.");
    if (trimmed.size() > MaximumLength)
        return QCoreApplication::translate(
            "IntegrationName", "The name is too long: at most %1 characters.")
            .arg(MaximumLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return QCoreApplication::translate("IntegrationName",
                "The name must not contain line breaks, tabs or "
                "other invisible control characters.");
    }
    return {};
}

} // namespace IntegrationName
