#pragma once

#include <QDateTime>
#include <QString>

class FakeFive9Server;

// The fake's standard data: users, skills, campaigns, and the Call Log and agent state
// reports of fixtures/, repeated on every day asked for. The fixture Call Log is a
// customised layout (SKILL and HANDLE TIME); the stock one is FakeFive9CallLog's.
namespace FakeFive9Fixtures {

inline constexpr char AdminUser[] = "wfm.admin";
inline constexpr char AdminPassword[] = "s3cret-Five9";
inline constexpr char AgentUser[] = "agent.only"; // lacks DomainAdmin and Reporting
inline constexpr char FixtureDay[] = "Mon, 02 Mar 2026";

// Users, skills and campaigns only: reports come from the fake's own source (the generated
// stock Call Log, "Call Log with Skills", and the agent state fixture).
void installDomain(FakeFive9Server &server);
// installDomain() and the fixture files as every report's source.
void install(FakeFive9Server &server);
QString describeUsers();
QString fixturePath(const QString &name);
// The CSV of a fixture file with its day replaced by each day in [start, end), rows outside
// the range left out.
QString repeatedDaily(const QString &fixtureFile, const QDateTime &start, const QDateTime &end);

} // namespace FakeFive9Fixtures
