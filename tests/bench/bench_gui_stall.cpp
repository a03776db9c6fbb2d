// Benchmark (c) of issue 5: how long the GUI thread's event loop stalls while benchmark (a)'s
// import (a year of 15-minute intervals for 200 queues from the Demo connector) runs in the
// real Integrations window, through the real ImportEngine, keychain and progress reporting.
// A 1 ms precise timer on the GUI thread records the time between its ticks; a tick that comes
// late means the loop was busy (or blocked) that long. Prints a Markdown block for
// docs/benchmarks.md. Needs a keychain: run it through scripts/with-test-session.sh.
//   bench_gui_stall [--days 365] [--queues 200] [--dir <folder>]
#include "credentials/credentialstore.h"
#include "demo/democonnector.h"
#include "import/importengine.h"
#include "integrations/integrationservice.h"
#include "integrationswindow.h"
#include "storage/database.h"
#include "storage/integrationstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr qint64 Now = 1'717'171'717; // as in bench_import

template<typename Signal> bool waitFor(CredentialOperation *operation, Signal signal)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(operation, signal, &loop, [&](const CredentialResult &result) {
        ok = result.ok();
        loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("days"), QStringLiteral("n"), QStringLiteral("365"));
    const QCommandLineOption queuesOption(QStringLiteral("queues"), QStringLiteral("queues"),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("folder for the database"), QStringLiteral("path"));
    parser.addOptions({daysOption, queuesOption, dirOption});
    parser.process(app);
    const int days = parser.value(daysOption).toInt();
    const int queues = parser.value(queuesOption).toInt();

    QTemporaryDir temporary(parser.isSet(dirOption)
            ? parser.value(dirOption) + QStringLiteral("/gui-XXXXXX")
            : QString());
    const QString path = temporary.filePath(QStringLiteral("acd.sqlite"));
    Database database(path);
    if (!database.open().ok())
        return 1;
    IntegrationStore store(database.connection());
    Integration integration;
    integration.name = QStringLiteral("Demo");
    integration.type = QStringLiteral("demo");
    integration.settings = {{QStringLiteral("username"), QStringLiteral("bench")},
        {QStringLiteral("queueCount"), queues},
        {QLatin1String(ImportEngine::BackfillDaysKey), days}};
    if (!store.create(integration).ok())
        return 1;
    CredentialStore credentials(QStringLiteral("ACD Connect benchmark"));
    if (!waitFor(credentials.write(
                     integration.id, {{QStringLiteral("password"), QStringLiteral("bench")}}),
            &CredentialOperation::finished)) {
        std::fprintf(stderr, "no keychain: run through scripts/with-test-session.sh\n");
        return 1;
    }

    ConnectorRegistry registry;
    registry.add(QStringLiteral("demo"),
        [] { return std::make_unique<DemoConnector>(std::chrono::milliseconds(0)); });
    IntegrationService service(path, registry, &credentials);
    ImportEngine &engine = *service.engine();
    engine.setClock([] { return Now; });
    IntegrationsWindow window(service);
    window.show();
    window.select(integration.id); // the details panel with the live progress is on screen

    QList<qint64> gapsUs;
    gapsUs.reserve(1 << 20);
    QElapsedTimer clock;
    qint64 lastUs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 nowUs = clock.nsecsElapsed() / 1000;
        gapsUs << nowUs - lastUs;
        lastUs = nowUs;
    });
    bool succeeded = false;
    qint64 rows = 0;
    QObject::connect(&engine, &ImportEngine::progressChanged, &app,
        [&](const QString &, const ImportProgress &progress) { rows = progress.rowsWritten; });
    QObject::connect(&engine, &ImportEngine::importFinished, &app, [&](const QString &, bool ok) {
        succeeded = ok;
        // exit(), not quit(): Qt 6's quit() first closes the windows, and closing the
        // Integrations window with imports scheduled asks whether to stop them.
        QCoreApplication::exit(0);
    });
    // Let the window settle, then start the import as Import now would.
    QTimer::singleShot(500, &app, [&] {
        clock.start();
        ticker.start();
        engine.importNow(integration.id);
    });
    QApplication::exec();
    ticker.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    waitFor(credentials.remove(integration.id, {QStringLiteral("password")}),
        &CredentialOperation::finished);
    if (!succeeded || gapsUs.isEmpty()) {
        std::fprintf(stderr, "the import did not succeed\n");
        return 1;
    }

    std::sort(gapsUs.begin(), gapsUs.end());
    const auto at
        = [&](double q) { return double(gapsUs[qsizetype(q * double(gapsUs.size() - 1))]) / 1000; };
    const qsizetype over16 = gapsUs.end() - std::upper_bound(gapsUs.begin(), gapsUs.end(), 16000);
    std::printf("| rows | import with window | timer ticks | median gap | p99 gap | longest gap | "
                "gaps > 16 ms |\n"
                "|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| %lld | %.2f s | %lld | %.2f ms | %.2f ms | %.2f ms | %lld |\n", rows, seconds,
        qint64(gapsUs.size()), at(0.5), at(0.99), double(gapsUs.last()) / 1000, qint64(over16));
    std::printf("\nQPA platform: %s\n", qPrintable(QGuiApplication::platformName()));
    return 0;
}
