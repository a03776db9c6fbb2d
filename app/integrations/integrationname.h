#pragma once

#include <QString>

// The rules for an integration's name, in one place: the store, the schema and the wizard
// all ask here.
namespace IntegrationName {

// Counted in Unicode code points, as SQLite's and PostgreSQL's length() count them, so the
// schema's CHECK (length(name) BETWEEN 1 AND 100) agrees with this rule: 99 letters and one
// emoji of a single code point fit; a flag (two code points) counts as two.
constexpr int MaximumLength = 100;

// The form in which names must be unique, so that look-alikes collide: trimmed, every run of
// white space of any kind one space, Unicode NFKC, full case folding ("Straße" = "STRASSE"),
// invisible variation selectors and fillers dropped: close to ICU's NFKC_Casefold.
QString key(const QString &name);
// How many characters the name counts as against MaximumLength (trimmed, NFC, as stored).
qsizetype length(const QString &name);
// Why the name cannot be used on its own merits (empty, too long, control characters),
// or an empty string. Uniqueness is the store's question.
QString problem(const QString &name);

} // namespace IntegrationName
