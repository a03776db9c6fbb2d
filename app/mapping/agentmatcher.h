#pragma once

#include "mapping/mappingdata.h"

#include <QHash>

// Suggests the agent an ACD user is: the one whose name or e-mail is the same once both are
// normalised (case, accents, spacing, the order of the parts: "Rossi, Maria" is "maria rossi").
// A key shared by two agents suggests neither.
class AgentMatcher
{
public:
    explicit AgentMatcher(const QList<Agent> &agents);

    std::optional<Agent> match(const QString &name, const QString &email) const;
    // Fills in the suggestion of every unmapped user.
    void suggest(QList<ExternalUserMapping> &users) const;

    static QString nameKey(const QString &name);
    static QString emailKey(const QString &email);

private:
    QHash<QString, qsizetype> m_byName; // key → index into m_agents; -1 when ambiguous
    QHash<QString, qsizetype> m_byEmail;
    QList<Agent> m_agents;
};
