#pragma once

#include <QString>

// The rules for an integration's name, in one place: the store, the schema and the wizard
// all ask here.
namespace IntegrationName {

constexpr int MaximumLength = 100;

// The form in which names must be unique: trimmed, Unicode NFC, case-folded.
QString key(const QString &name);
// Why the name cannot be used on its own merits (empty, too long, control characters),
// or an empty string. Uniqueness is the store's question.
QString problem(const QString &name);

} // namespace IntegrationName
