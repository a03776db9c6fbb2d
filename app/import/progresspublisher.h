#pragma once

#include "import/importcountdown.h"
#include "import/importprogress.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

// What the window sees of each integration's import: the progress the run reports, at most
// ~10 times a second, with the first-import countdown kept moving between reports.
class ProgressPublisher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPublisher)
public:
    explicit ProgressPublisher(QObject *parent = nullptr);
    ~ProgressPublisher() override;

    // A run starts; a first import keeps the countdown it may already have (a retry continues
    // the countdown the admin already sees).
    void begin(const QString &id, bool firstImport);
    void update(const QString &id, const ImportProgress &progress);
    // The run ended in this phase (Finished, Failed, Waiting for a retry, Idle when cancelled).
    void end(const QString &id, ImportProgress::Phase phase, const QString &message = {});
    ImportProgress progress(const QString &id) const;
    void forget(const QString &id);

signals:
    void progressChanged(const QString &id, const ImportProgress &progress);

private:
    struct Entry;
    Entry &entry(const QString &id);
    void publish(const QString &id, bool force = false);

    std::map<QString, std::unique_ptr<Entry>> m_entries;
};
