#pragma once

#include "api/connectorresult.h"

#include <QObject>

// One change to an integration that takes time (checking with the ACD, the keychain, the
// database): it reports its steps, can be cancelled until it stores something, and finishes
// once with a result that says what went wrong in a sentence. Deletes itself after finished().
class ServiceOperation : public QObject
{
    Q_OBJECT
public:
    enum class Step { Verifying, ReadingSecrets, SavingSecrets, SavingIntegration, Waiting, Done };
    Q_ENUM(Step)

    struct Result
    {
        enum class Kind { Ok, VerifyFailed, KeychainFailed, StoreFailed, Cancelled };
        Kind kind = Kind::Ok;
        ConnectorResult::Kind verifyKind = ConnectorResult::Kind::Ok; // when VerifyFailed
        QString message;
        bool ok() const { return kind == Kind::Ok; }
    };

    explicit ServiceOperation(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    QString integrationId() const { return m_integrationId; }
    Step step() const { return m_step; }
    // While Verifying: the longest the check with the ACD takes before it ends as "no
    // answer" (Connector::checkDeadline()); 0 before the check starts.
    int checkSeconds() const { return m_checkSeconds; }
    bool isRunning() const { return !m_finished; }
    // Stops the operation when it has not stored anything yet; it then finishes Cancelled.
    void cancel()
    {
        if (!m_finished && !m_cancelled) {
            m_cancelled = true;
            emit cancelRequested();
        }
    }
    bool isCancelled() const { return m_cancelled; }

signals:
    void stepChanged(ServiceOperation::Step step);
    void finished(const ServiceOperation::Result &result);
    void cancelRequested();

private:
    friend class IntegrationService;
    void setStep(Step step)
    {
        m_step = step;
        emit stepChanged(step);
    }
    void finish(const Result &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_step = Step::Done;
        emit finished(result);
        deleteLater();
    }

    QString m_integrationId;
    Step m_step = Step::Verifying;
    int m_checkSeconds = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

Q_DECLARE_METATYPE(ServiceOperation::Result)
