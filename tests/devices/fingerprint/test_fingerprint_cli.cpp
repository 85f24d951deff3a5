// thaid-kioskctl fingerprint, as IT would run it, against libfprint's virtual_image scanner.
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
};

class FingerprintCli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString socket() const { return dir.filePath(QStringLiteral("cli.sock")); }
    QString key() const { return dir.filePath(QStringLiteral("print.key")); }
    static QString fixture(const char* name) {
        return QStringLiteral(THAID_FINGERPRINT_FIXTURES "/") + QLatin1String(name);
    }

    // Runs the command and puts the next image on the scanner each time it asks for a finger.
    CliRun run(const QStringList& args, QStringList images, bool matchOnChip = false) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (matchOnChip) {
            // libfprint's virtual_device stands in for a match-on-chip sensor.
            env.remove(QStringLiteral("FP_VIRTUAL_IMAGE"));
            env.insert(QStringLiteral("FP_VIRTUAL_DEVICE"),
                       dir.filePath(QStringLiteral("chip.sock")));
        } else {
            env.insert(QStringLiteral("FP_VIRTUAL_IMAGE"),
                       socket());  // its own scanner, not the suite's
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(THAID_KIOSKCTL_BIN),
                QStringList{QStringLiteral("fingerprint")} + args);
        QByteArray err;
        QDeadlineTimer deadline(60000);
        int prompts = 0;
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
            const int seen = static_cast<int>(err.count("place the index finger"));
            while (prompts < seen && !images.isEmpty()) {
                ++prompts;
                QProcess::execute(QStringLiteral(THAID_VIRTUAL_FINGER_BIN),
                                  {QStringLiteral("--socket"), socket(), images.takeFirst()});
            }
        }
        p.waitForFinished(5000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput()};
    }
};

}  // namespace

TEST_F(FingerprintCli, ListEnrollVerifyAndEveryPrintFault) {
    CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")}, {});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains("\"can_verify_citizens\": true"));

    const QString print = dir.filePath(QStringLiteral("officer.print"));
    const QStringList five(5, fixture("loop-right.png"));
    CliRun enrolled =
        run({QStringLiteral("enroll"), QStringLiteral("--out"), print, QStringLiteral("--key"),
             key(), QStringLiteral("--finger"), QStringLiteral("left-index")},
            five);
    ASSERT_EQ(enrolled.exitCode, 0);
    QFile sealed(print);
    ASSERT_TRUE(sealed.open(QIODevice::ReadOnly));
    EXPECT_TRUE(sealed.readAll().startsWith("TFP1"));

    const QStringList verifyArgs{
        QStringLiteral("verify"), QStringLiteral("--print"), print, QStringLiteral("--key"), key(),
        QStringLiteral("--json")};
    CliRun match = run(verifyArgs, {fixture("loop-right-capture2.png")});
    EXPECT_EQ(match.exitCode, 0);
    const QJsonObject m = QJsonDocument::fromJson(match.out).object();
    EXPECT_TRUE(m.value(QStringLiteral("match")).toBool());
    EXPECT_EQ(m.value(QStringLiteral("attempts")).toInt(), 1);
    EXPECT_TRUE(m.contains(QStringLiteral("score")));
    EXPECT_GT(m.value(QStringLiteral("ms")).toInt(), 0);

    CliRun noMatch =
        run(verifyArgs + QStringList{QStringLiteral("--attempts"), QStringLiteral("1")},
            {fixture("whorl-capture2.png")});
    EXPECT_EQ(noMatch.exitCode, 1);
    EXPECT_FALSE(
        QJsonDocument::fromJson(noMatch.out).object().value(QStringLiteral("match")).toBool());

    QFile corrupt(dir.filePath(QStringLiteral("corrupt.print")));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("TFP1 but nothing after");
    corrupt.close();
    EXPECT_EQ(run({QStringLiteral("verify"), QStringLiteral("--print"), corrupt.fileName(),
                   QStringLiteral("--key"), key()},
                  {})
                  .exitCode,
              7);

    const QString otherKey = dir.filePath(QStringLiteral("other.key"));
    run({QStringLiteral("enroll"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x")),
         QStringLiteral("--key"), otherKey, QStringLiteral("--timeout"), QStringLiteral("1")},
        {});  // creates other.key, then times out: no finger
    CliRun wrongKey = run({QStringLiteral("verify"), QStringLiteral("--print"), print,
                           QStringLiteral("--key"), otherKey, QStringLiteral("--json")},
                          {});
    EXPECT_EQ(wrongKey.exitCode, 8);
    EXPECT_EQ(
        QJsonDocument::fromJson(wrongKey.out).object().value(QStringLiteral("error")).toString(),
        QStringLiteral("wrong_key"));

    // A match-on-chip sensor signs officers in only: it says so, and refuses a print made
    // elsewhere.
    CliRun chipList = run({QStringLiteral("list"), QStringLiteral("--json")}, {}, true);
    EXPECT_EQ(chipList.exitCode, 0);
    EXPECT_TRUE(chipList.out.contains("\"can_verify_citizens\": false"))
        << chipList.out.toStdString();
    CliRun chip = run(verifyArgs, {}, true);
    EXPECT_EQ(chip.exitCode, 9);
    EXPECT_EQ(QJsonDocument::fromJson(chip.out).object().value(QStringLiteral("error")).toString(),
              QStringLiteral("incompatible_print"));

    CliRun timeout =
        run(verifyArgs + QStringList{QStringLiteral("--timeout"), QStringLiteral("1")}, {});
    EXPECT_EQ(timeout.exitCode, 3);
}
