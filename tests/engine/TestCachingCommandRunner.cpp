// SPDX-License-Identifier: GPL-3.0-or-later
// CachingCommandRunner (fleet mode): each distinct command and file read reaches the system
// once, whatever the number of runs and threads asking.
#include "probes/local/CommandRunner.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace rdpdiag;
using namespace std::chrono_literals;

namespace {

/** Counts what reaches "the system"; each command answers with its own name, slowly. */
class CountingRunner : public CommandRunner
{
public:
    std::atomic<int> commands{0};
    std::atomic<int> files{0};

    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds) override
    {
        ++commands;
        std::this_thread::sleep_for(20ms); // callers arriving meanwhile must wait, not rerun
        CommandResult result;
        result.status = CommandResult::Status::Ok;
        result.exitCode = 0;
        result.out = (program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))).toUtf8();
        return result;
    }

    bool readFile(const QString &path, qint64, QByteArray *contents, QString *error) override
    {
        ++files;
        if (path.endsWith(QLatin1String("missing"))) {
            *error = QStringLiteral("no such file");
            return false;
        }
        *contents = path.toUtf8();
        return true;
    }
};

} // namespace

class TestCachingCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void sameCommandRunsOnce();
    void argumentsMakeADifferentCommand();
    void filesAreReadOnceWithTheirErrors();
    void concurrentCallersShareOneRun();
};

void TestCachingCommandRunner::sameCommandRunsOnce()
{
    CountingRunner system;
    CachingCommandRunner cache(system);
    const CommandResult first = cache.run(QStringLiteral("nft"), {QStringLiteral("-j")}, 1s);
    const CommandResult second = cache.run(QStringLiteral("nft"), {QStringLiteral("-j")}, 1s);
    QCOMPARE(system.commands.load(), 1);
    QCOMPARE(cache.hits(), 1);
    QCOMPARE(second.out, first.out);
    QCOMPARE(second.out, QByteArray("nft -j"));
}

void TestCachingCommandRunner::argumentsMakeADifferentCommand()
{
    CountingRunner system;
    CachingCommandRunner cache(system);
    cache.run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("get")}, 1s);
    // The same words split differently are another command.
    cache.run(QStringLiteral("ip"), {QStringLiteral("route get")}, 1s);
    cache.run(QStringLiteral("ip route"), {QStringLiteral("get")}, 1s);
    const CommandResult other =
        cache.run(QStringLiteral("ip"),
                  {QStringLiteral("route"), QStringLiteral("get"), QStringLiteral("10.0.0.1")}, 1s);
    QCOMPARE(system.commands.load(), 4);
    QCOMPARE(cache.hits(), 0);
    QCOMPARE(other.out, QByteArray("ip route get 10.0.0.1"));
}

void TestCachingCommandRunner::filesAreReadOnceWithTheirErrors()
{
    CountingRunner system;
    CachingCommandRunner cache(system);
    QByteArray contents;
    QString error;
    QVERIFY(cache.readFile(QStringLiteral("/etc/resolv.conf"), 4096, &contents, &error));
    QVERIFY(cache.readFile(QStringLiteral("/etc/resolv.conf"), 4096, &contents, &error));
    QCOMPARE(contents, QByteArray("/etc/resolv.conf"));
    QVERIFY(!cache.readFile(QStringLiteral("/etc/missing"), 4096, &contents, &error));
    error.clear();
    QVERIFY(!cache.readFile(QStringLiteral("/etc/missing"), 4096, &contents, &error));
    QCOMPARE(error, QStringLiteral("no such file"));
    QCOMPARE(system.files.load(), 2);
    QCOMPARE(cache.hits(), 2);
}

void TestCachingCommandRunner::concurrentCallersShareOneRun()
{
    CountingRunner system;
    CachingCommandRunner cache(system);
    constexpr int kThreads = 32;
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&cache, &wrong, i] {
            // Two questions, asked by everybody at once.
            const QString which = i % 2 ? QStringLiteral("iptables-save") : QStringLiteral("nft");
            const CommandResult result = cache.run(which, {}, 1s);
            if (result.out != which.toUtf8() + ' ')
                ++wrong;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(system.commands.load(), 2);
    QCOMPARE(cache.hits(), kThreads - 2);
}

QTEST_GUILESS_MAIN(TestCachingCommandRunner)
#include "TestCachingCommandRunner.moc"
