#include "mapping/agentmatcher.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

void add(QHash<QString, qsizetype> &index, const QString &key, qsizetype at)
{
    if (key.isEmpty())
        return;
    const auto it = index.find(key);
    if (it == index.end())
        index.insert(key, at);
    else if (it.value() != at)
        it.value() = -1;
}

} // namespace

AgentMatcher::AgentMatcher(const QList<Agent> &agents)
    : m_agents(agents)
{
    for (qsizetype i = 0; i < m_agents.size(); ++i) {
        add(m_byName, nameKey(m_agents.at(i).name), i);
        add(m_byEmail, emailKey(m_agents.at(i).email), i);
    }
}

QString AgentMatcher::nameKey(const QString &name)
{
    // Accents go with the decomposition's combining marks.
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark())
            folded.append(c);
    }
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    QStringList parts = folded.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    std::sort(parts.begin(), parts.end());
    return parts.join(u' ');
}

QString AgentMatcher::emailKey(const QString &email)
{
    const QString trimmed = email.trimmed().toCaseFolded();
    return trimmed.contains(u'@') ? trimmed : QString();
}

std::optional<Agent> AgentMatcher::match(const QString &name, const QString &email) const
{
    for (const auto &[index, key] :
        {std::pair {&m_byEmail, emailKey(email)}, std::pair {&m_byName, nameKey(name)}}) {
        if (key.isEmpty())
            continue;
        const qsizetype at = index->value(key, -1);
        if (at >= 0)
            return m_agents.at(at);
    }
    return std::nullopt;
}

void AgentMatcher::suggest(QList<ExternalUserMapping> &users) const
{
    for (ExternalUserMapping &user : users) {
        if (!user.isUnmapped())
            continue;
        if (const std::optional<Agent> agent = match(user.name, user.email)) {
            user.suggestedAgentId = agent->id;
            user.suggestedAgentName = agent->name;
        }
    }
}
