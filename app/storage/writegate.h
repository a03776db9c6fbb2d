#pragma once

#include <chrono>

// Lets a foreground writer (the window's, through StorageWorker) go ahead of the import's
// bulk writes in this process. The import writes large transactions, which keeps its
// commits few, and between slices of rows it asks whether a foreground writer is waiting;
// if one is, it commits what it has, lets that writer through, and goes on in a new
// transaction. So the window waits for one slice, never for a whole transaction.
//
// SQLite has no fair queue for its write lock: a writer polling in its busy handler would
// otherwise lose to an import that begins its next transaction at once.
namespace WriteGate {

// Held by a foreground writer for as long as it wants or holds the write lock.
class Foreground
{
public:
    Foreground();
    ~Foreground();
    Foreground(const Foreground &) = delete;
    Foreground &operator=(const Foreground &) = delete;
};

// True while some Foreground exists.
bool foregroundWaiting();
// Returns when no Foreground exists, or after at most 'limit' (so that a stuck foreground
// writer cannot stop an import for good).
void waitForForeground(std::chrono::milliseconds limit);

} // namespace WriteGate
