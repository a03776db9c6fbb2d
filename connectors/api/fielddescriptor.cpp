#include "api/fielddescriptor.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FieldDescriptor", text);
}
} // namespace

QString FieldDescriptor::validate(const QVariant &value) const
{
    switch (kind) {
    case Kind::Bool:
        return {};
    case Kind::Number: {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok)
            return required || !value.toString().trimmed().isEmpty() ? tr("Enter a whole number.")
                                                                     : QString();
        if (number < minimum || number > maximum)
            return tr("Enter a number from %1 to %2.").arg(minimum).arg(maximum);
        return {};
    }
    case Kind::Choice: {
        const QString chosen = value.toString();
        for (const FieldChoice &choice : choices)
            if (choice.value == chosen)
                return {};
        return tr("Choose one of the options.");
    }
    case Kind::Text:
    case Kind::Secret: {
        const QString text = kind == Kind::Secret ? value.toString() : value.toString().trimmed();
        if (text.isEmpty())
            return required ? tr("This field is required.") : QString();
        if (pattern.isValid() && !pattern.pattern().isEmpty() && !pattern.match(text).hasMatch())
            return patternMessage.isEmpty() ? tr("This value is not valid.") : patternMessage;
        return {};
    }
    }
    return {};
}

QString FieldDescriptor::plainLabel() const
{
    // As QLabel shows it: "&x" is x, "&&" one ampersand.
    QString plain;
    plain.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u'&' && i + 1 < label.size())
            ++i;
        plain += label.at(i);
    }
    return plain;
}
