#include "five9/five9jobs.h"

#include "five9/five9requests.h"
#include "five9/five9settings.h"

#include <QCoreApplication>
#include <QTimer>

#include <cmath>

Five9VerifyJob::Five9VerifyJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy)
    : Five9Job(network, settings, policy)
{
    // getVCCConfiguration needs the Administrator role and has no side effects.
    call(QStringLiteral("getVCCConfiguration"), Five9Requests::getVCCConfiguration(),
        [this](const Five9Soap::Node &) { finish(ConnectorResult::success()); });
}

Five9SetupCheckJob::Five9SetupCheckJob(QNetworkAccessManager *network,
    const ConnectionSettings &settings, const Five9RetryPolicy &policy,
    std::shared_ptr<Five9Limiter> limiter)
    : Five9Job(network, settings, policy, std::move(limiter))
{
    call(QStringLiteral("getVCCConfiguration"), Five9Requests::getVCCConfiguration(),
        [this](const Five9Soap::Node &) { checkReport(); });
}

void Five9SetupCheckJob::checkReport()
{
    using namespace Five9Settings;
    const QTimeZone zone = timeZone(settings());
    const QString folder = valueOr(settings(), CallLogFolder, DefaultCallLogFolder);
    const QString report = valueOr(settings(), CallLogReport, DefaultCallLogReport);
    // A few minutes of yesterday's noon, in the domain's time: the report runs in a moment,
    // and its header shows the columns even when no call falls in them.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDateTime noon(today.addDays(-1), QTime(12, 0), zone);
    startReport({folder, report, noon, noon.addSecs(SampleSeconds), {}},
        [this, folder, report](const ConnectorResult &result, const QString &csv) {
            if (!result.ok()) {
                if (result.kind != ConnectorResult::Kind::InvalidSettings)
                    return fail(result);
                // Five9's own text repeats this in English: it goes to the log only.
                qCInfo(lcFive9) << "runReport:" << result.message;
                return fail(ConnectorResult::failure(ConnectorResult::Kind::InvalidSettings,
                    tr("Five9 has no report \"%1\" in the folder \"%2\". Check the folder and "
                       "report name under Advanced, or create the report in Five9's reporting.")
                        .arg(report, folder))
                                .needingAdmin());
            }
            Five9CsvReader reader;
            reader.feed(csv);
            reader.finish();
            if (reader.failed())
                return fail(unreadable(report, reader.error()));
            // Five9 sends the header also when no call falls in the minutes asked for.
            const Five9CallLog::Options options = Five9CallLog::optionsFor(settings());
            const QStringList missing = Five9CallLog::missingColumns(reader.header(), options);
            if (reader.hasHeader() && !missing.isEmpty())
                return fail(ConnectorResult::failure(ConnectorResult::Kind::InvalidSettings,
                    Five9CallLog::missingColumnsMessage(missing, options))
                                .needingAdmin());
            finish(ConnectorResult::success());
        });
}

Five9ListJob::Five9ListJob(What what, QNetworkAccessManager *network,
    const ConnectionSettings &settings, const Five9RetryPolicy &policy)
    : Five9Job(network, settings, policy)
{
    const QString all = QStringLiteral(".*"); // the name patterns are regular expressions
    switch (what) {
    case What::Skills:
        call(QStringLiteral("getSkills"), Five9Requests::getSkills(all),
            [this](const Five9Soap::Node &response) {
                QList<QueueRecord> queues;
                for (const Five9Soap::Node *skill : response.childrenNamed(u"return")) {
                    const QString name = skill->childText(u"name").trimmed();
                    queues.append({name, name, QStringLiteral("skill")});
                }
                emit queuesReady(queues);
                emit progress(queues.size(), queues.size());
                finish(ConnectorResult::success());
            });
        break;
    case What::Campaigns:
        call(QStringLiteral("getCampaigns"), Five9Requests::getCampaigns(all),
            [this](const Five9Soap::Node &response) {
                QList<QueueRecord> queues;
                for (const Five9Soap::Node *campaign : response.childrenNamed(u"return")) {
                    const QString name = campaign->childText(u"name").trimmed();
                    queues.append({name, name, QStringLiteral("campaign")});
                }
                emit queuesReady(queues);
                emit progress(queues.size(), queues.size());
                finish(ConnectorResult::success());
            });
        break;
    case What::Users:
        call(QStringLiteral("getUsersGeneralInfo"), Five9Requests::getUsersGeneralInfo(all),
            [this](const Five9Soap::Node &response) {
                QList<ExternalUser> users;
                for (const Five9Soap::Node *user : response.childrenNamed(u"return")) {
                    const QString userName = user->childText(u"userName").trimmed();
                    const QString fullName = user->childText(u"fullName").trimmed();
                    users.append({userName, fullName.isEmpty() ? userName : fullName,
                        user->childText(u"EMail").trimmed()});
                }
                emit usersReady(users);
                emit progress(users.size(), users.size());
                finish(ConnectorResult::success());
            });
        break;
    }
}

Five9RangeJob::Five9RangeJob(QNetworkAccessManager *network, const ConnectionSettings &settings,
    const Five9RetryPolicy &policy, std::shared_ptr<Five9Limiter> limiter, const QString &folder,
    const QString &report, const TimeRange &range, DayHandler onDay, DoneHandler onDone)
    : Five9Job(network, settings, policy, std::move(limiter))
    , m_folder(folder)
    , m_report(report)
    , m_range(range)
    , m_next(range.fromUtc)
    , m_days(range.isEmpty() ? 0 : (range.toUtc - range.fromUtc + DaySeconds - 1) / DaySeconds)
    , m_onDay(std::move(onDay))
    , m_onDone(std::move(onDone))
{
    QTimer::singleShot(0, this, &Five9RangeJob::runNextDay);
}

void Five9RangeJob::runNextDay()
{
    if (isFinished())
        return;
    if (m_next >= m_range.toUtc) {
        if (m_onDone)
            m_onDone(this);
        finish(ConnectorResult::success());
        return;
    }
    // Five9 reads the report's time criteria in the domain's time zone.
    const QTimeZone zone = Five9Settings::timeZone(settings());
    const TimeRange day {m_next, std::min(m_next + DaySeconds, m_range.toUtc)};
    runReport(m_folder, m_report, QDateTime::fromSecsSinceEpoch(day.fromUtc, zone),
        QDateTime::fromSecsSinceEpoch(day.toUtc, zone), [this, day](const Five9CsvTable &table) {
            const ConnectorResult result = m_onDay(this, table, day);
            if (!result.ok()) {
                fail(result);
                return;
            }
            m_next = day.toUtc;
            emit progress(++m_done, m_days);
            runNextDay();
        });
}

Five9IntervalsJob::Five9IntervalsJob(QNetworkAccessManager *network,
    const ConnectionSettings &settings, const Five9RetryPolicy &policy,
    std::shared_ptr<Five9Limiter> limiter, const QString &folder, const QString &report,
    const TimeRange &range, const Five9CallLog::Options &options, int resultCap)
    : Five9Job(network, settings, policy, std::move(limiter))
    , m_folder(folder)
    , m_report(report)
    , m_range(range)
    , m_options(options)
    , m_resultCap(resultCap)
    , m_next(range.fromUtc)
{
    QTimer::singleShot(0, this, &Five9IntervalsJob::syncLimits);
}

void Five9IntervalsJob::syncLimits()
{
    if (isFinished())
        return;
    if (!limiter()) {
        schedule();
        return;
    }
    // The domain's own limits and what is already spent of them. Without an answer the
    // documented limits hold; the reports themselves then show what is wrong, if anything.
    send(QStringLiteral("getCallCountersState"), Five9Requests::getCallCountersState(),
        [this](const Five9Outcome &outcome) {
            if (outcome.result.ok()) {
                const qint64 now = Five9Report::nowMs();
                for (const Five9Soap::Node *state :
                    outcome.response.body.childrenNamed(u"return")) {
                    const qint64 lengthMs = state->childText(u"timeout").toLongLong() * 1000;
                    for (const Five9Soap::Node *counter :
                        state->childrenNamed(u"callCounterStates")) {
                        const QString type = counter->childText(u"operationType").trimmed();
                        const int limit = counter->childText(u"limit").toInt();
                        const int used = counter->childText(u"value").toInt();
                        if (type == u"ReportRequest")
                            limiter()->sync(
                                Five9Limiter::Operation::RunReport, lengthMs, limit, used, now);
                        else if (type == u"RetrieveReport")
                            limiter()->sync(Five9Limiter::Operation::RetrieveReport, lengthMs,
                                limit, used, now);
                    }
                }
            } else {
                qCInfo(lcFive9)
                    << "getCallCountersState failed; assuming Five9's documented limits:"
                    << outcome.result.message;
            }
            schedule();
        });
}

TimeRange Five9IntervalsJob::nextPiece()
{
    if (!m_pending.empty()) {
        const TimeRange piece = m_pending.front();
        m_pending.pop_front();
        return piece;
    }
    qint64 length = FirstWindowSeconds;
    if (m_peakRate > 0)
        length = qint64(CapShare * m_resultCap / m_peakRate);
    else if (m_reportsRun > 0)
        length = MaxWindowSeconds; // nothing yet: quiet days
    length = std::clamp(length - length % IntervalSeconds, IntervalSeconds, MaxWindowSeconds);
    const TimeRange piece {m_next, std::min(m_next + length, m_range.toUtc)};
    m_next = piece.toUtc;
    return piece;
}

void Five9IntervalsJob::schedule()
{
    if (isFinished())
        return;
    m_started = true;
    while (m_inFlight < MaxInFlight && (!m_pending.empty() || m_next < m_range.toUtc)) {
        const TimeRange piece = nextPiece();
        ++m_inFlight;
        Five9CallLog::Options options = m_options;
        options.range = piece;
        auto read = std::make_shared<std::unique_ptr<PieceReader>>(
            std::make_unique<PieceReader>(options));
        Five9Report::Spec spec {m_folder, m_report,
            QDateTime::fromSecsSinceEpoch(piece.fromUtc, m_options.zone),
            QDateTime::fromSecsSinceEpoch(piece.toUtc, m_options.zone), {}};
        spec.stream.restart = [read, options] { *read = std::make_unique<PieceReader>(options); };
        spec.stream.text = [read](QStringView text) {
            PieceReader &r = **read;
            r.reader.feed(text);
            if (!r.aggregator.read(r.reader))
                while (r.reader.takeRow()) { } // failed: the rest is not needed
        };
        startReport(spec, [this, piece, read](const ConnectorResult &result, const QString &) {
            --m_inFlight;
            onResult(piece, result, **read);
        });
    }
    if (m_inFlight == 0 && m_pending.empty() && m_next >= m_range.toUtc)
        finish(ConnectorResult::success());
}

void Five9IntervalsJob::split(const TimeRange &piece)
{
    const qint64 half = (piece.toUtc - piece.fromUtc) / 2;
    const qint64 middle = piece.fromUtc + std::max(IntervalSeconds, half - half % IntervalSeconds);
    m_pending.push_front({middle, piece.toUtc});
    m_pending.push_front({piece.fromUtc, middle});
}

void Five9IntervalsJob::onResult(
    const TimeRange &piece, const ConnectorResult &result, PieceReader &read)
{
    if (isFinished())
        return;
    if (!result.ok()) {
        // Including a limit Five9 reports although the limiter kept to it (another client
        // used it up): the engine tries again after its backoff, and the next run starts
        // from Five9's counters.
        return fail(result);
    }
    ++m_reportsRun;
    Five9CsvReader &reader = read.reader;
    Five9CallLog::Aggregator &aggregator = read.aggregator;
    reader.finish();
    aggregator.read(reader);
    if (reader.failed()) // cut off or mangled on the way: transient, as ProtocolError is
        return fail(unreadable(m_report, reader.error()));
    const qint64 seconds = piece.toUtc - piece.fromUtc;
    const qsizetype rows = aggregator.rowCount();
    if (rows >= m_resultCap && seconds > IntervalSeconds) {
        // Cut off at the cap: the calls after it are missing. At least this busy.
        m_peakRate = std::max(m_peakRate, double(rows) / seconds);
        qCInfo(lcFive9).nospace() << "report result at Five9's cap (" << rows << " records) for "
                                  << seconds << " s: fetched again in two halves";
        split(piece);
        return schedule();
    }
    if (rows >= m_resultCap)
        qCWarning(lcFive9) << "a 15-minute report result reached Five9's cap; calls beyond it are"
                              " missing";
    if (rows > 0)
        m_peakRate = std::max(m_peakRate, double(rows) / seconds);
    // A missing column or a value in a form it does not read: the report's definition in
    // Five9, which asking again does not change (a cut-off answer fails earlier).
    if (aggregator.failed())
        return fail(unreadable(m_report, aggregator.error()).needingAdmin());
    const QList<IntervalRecord> intervals = aggregator.result();
    if (!intervals.isEmpty())
        emit intervalsReady(intervals);
    m_covered += seconds;
    emit progress(m_covered, m_range.toUtc - m_range.fromUtc);
    schedule();
}
