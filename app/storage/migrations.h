#pragma once

#include <QStringList>

#include <vector>

// The schema's history: entry N brings a database from version N to N + 1. Append only;
// never change an entry that has shipped. Plain SQL that PostgreSQL also accepts, except
// where a comment says otherwise.
namespace Migrations {
const std::vector<QStringList> &all();
}
