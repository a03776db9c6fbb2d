#include "integrations/integration.h"

#include <array>
#include <utility>

namespace {

constexpr std::array Outcomes {
    std::pair {Integration::Outcome::New, "new"},
    std::pair {Integration::Outcome::Importing, "importing"},
    std::pair {Integration::Outcome::Connected, "connected"},
    std::pair {Integration::Outcome::Error, "error"},
};

constexpr std::array Fixes {
    std::pair {Integration::Fix::None, ""},
    std::pair {Integration::Fix::Credentials, "credentials"},
    std::pair {Integration::Fix::Settings, "settings"},
    std::pair {Integration::Fix::Keychain, "keychain"},
    std::pair {Integration::Fix::Update, "update"},
    std::pair {Integration::Fix::Database, "database"},
};

template<typename Table, typename Value> QString textOf(const Table &table, Value value)
{
    for (const auto &[v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return QString::fromLatin1(table.front().second);
}

template<typename Table> auto valueOf(const Table &table, const QString &text)
{
    for (const auto &[v, t] : table)
        if (text == QLatin1String(t))
            return v;
    return table.front().first;
}

} // namespace

Integration::State Integration::state() const
{
    if (paused)
        return State::Paused;
    switch (outcome) {
    case Outcome::New:
        return State::New;
    case Outcome::Importing:
        if (!lastError.isEmpty())
            return State::Retrying;
        return lastImportAt.isValid() ? State::Importing : State::FirstImport;
    case Outcome::Connected:
        return State::Connected;
    case Outcome::Error:
        return fix == Fix::None ? State::Retrying : State::NeedsAdmin;
    }
    return State::New;
}

QString Integration::outcomeToString(Outcome outcome)
{
    return textOf(Outcomes, outcome);
}

Integration::Outcome Integration::outcomeFromString(const QString &text)
{
    return valueOf(Outcomes, text);
}

QString Integration::fixToString(Fix fix)
{
    return textOf(Fixes, fix);
}

Integration::Fix Integration::fixFromString(const QString &text)
{
    return valueOf(Fixes, text);
}
