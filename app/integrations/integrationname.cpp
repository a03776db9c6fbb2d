#include "integrations/integrationname.h"

#include <QCoreApplication>
#include <QStringView>

namespace IntegrationName {

namespace {

// Full case folding from what Qt offers: toCaseFolded() is Unicode's simple folding (one code
// point to one: "ß" stays "ß"), while toUpper() applies the full mappings ("ß" → "SS",
// "ﬃ" → "FFI", "ᾳ" → "ΑΙ"). Upper, then lower, then simple folding gives the full folding
// (CaseFolding.txt, statuses C and F) of every code point Qt knows, checked against ICU's
// NFKC_Casefold, but two: "ẞ" lowers to "ß", so the round is made twice; and dotless "ı"
// becomes "i" here, a stricter key, never a looser one.
QString fullyCaseFolded(const QString &text)
{
    return text.toUpper().toLower().toUpper().toLower().toCaseFolded();
}

// Unicode's default-ignorable code points that are not format characters (those problem()
// refuses): variation selectors, the combining grapheme joiner, Hangul and Mongolian fillers.
// Invisible, so two names that differ only by them look the same.
bool isIgnorable(char32_t c)
{
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF);
}

QString withoutIgnorables(const QString &text)
{
    QList<uint> codePoints = QStringView(text).toUcs4();
    codePoints.removeIf([](uint c) { return isIgnorable(char32_t(c)); });
    return QString::fromUcs4(
        reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
}

} // namespace

QString key(const QString &name)
{
    // NFKC first, so that compatibility forms (no-break and em spaces, ligatures, full-width
    // letters) become what they look like before spaces are folded; NFKC again at the end,
    // because case mappings can leave a string that is no longer normalised.
    const QString compatible
        = withoutIgnorables(name.normalized(QString::NormalizationForm_KC)).simplified();
    return fullyCaseFolded(compatible).normalized(QString::NormalizationForm_KC).simplified();
}

qsizetype length(const QString &name)
{
    const QString stored = name.trimmed().normalized(QString::NormalizationForm_C);
    return QStringView(stored).toUcs4().size();
}

QString problem(const QString &name)
{
    const QString trimmed = name.trimmed().normalized(QString::NormalizationForm_C);
    if (trimmed.isEmpty() || key(trimmed).isEmpty())
        return QCoreApplication::translate("IntegrationName", "Enter a name.");
    if (length(trimmed) > MaximumLength)
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
