// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/AgentReply.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

// The guest-exec commands xpconsole sends through libvirt and the strict reading of what the guest agent answers
// (issue 18 item 6). The reply comes from inside the guest: every way it can be wrong is a row.
//
// Sources: qemu qga/qapi-schema.json (guest-exec {path, arg, capture-output} returns GuestExec {pid};
// guest-exec-status {pid} returns GuestExecStatus {exited, exitcode?, signal?, out-data?, err-data?,
// out-truncated?, err-truncated?}, the data base64-encoded); qemu qga/commands.c (qmp_guest_exec_status: an unknown
// pid is "Invalid parameter 'pid'"); QMP's error reply {"error": {"class", "desc"}} (qemu docs/interop/qmp-spec).

namespace {

/// JSON written with single quotes, for legible rows: every ' becomes ".
QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

/// A guest-exec-status reply of a program that exited with code 0 and printed @p out.
QByteArray exitedWith(const QByteArray& out)
{
    return j("{'return':{'exited':true,'exitcode':0,'out-data':'") + out.toBase64() + j("'}}");
}

/// 0, 1, 2, ... 255, 0, 1...: output with every byte value, NUL included.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i % 256);
    return bytes;
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

class tst_AgentReply : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void execPid_data();
    void execPid();
    void execStatus_data();
    void execStatus();
    void outputCap_data();
    void outputCap();
    void replySizeCap_data();
    void replySizeCap();
    void errorDescIsCut();
};

void tst_AgentReply::commands_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<QByteArray>("expected");
    // qga/qapi-schema.json guest-exec: capture-output asks for out-data/err-data in guest-exec-status.
    QTest::newRow("qapi-schema guest-exec uname -r")
        << AgentReply::execCommand(u"/bin/uname"_s, {u"-r"_s})
        << j("{'arguments':{'arg':['-r'],'capture-output':true,'path':'/bin/uname'},'execute':'guest-exec'}");
    QTest::newRow("qapi-schema guest-exec without arguments has no arg")
        << AgentReply::execCommand(u"/bin/true"_s, {})
        << j("{'arguments':{'capture-output':true,'path':'/bin/true'},'execute':'guest-exec'}");
    QTest::newRow("qapi-schema guest-exec pnputil: backslashes escaped")
        << AgentReply::execCommand(u"C:\\Windows\\System32\\pnputil.exe"_s, {u"/enum-devices"_s, u"/drivers"_s})
        << j("{'arguments':{'arg':['/enum-devices','/drivers'],'capture-output':true,"
             "'path':'C:\\\\Windows\\\\System32\\\\pnputil.exe'},'execute':'guest-exec'}");
    QTest::newRow("RFC 8259 quote, line break and non-ASCII in an argument")
        << AgentReply::execCommand(u"/bin/echo"_s, {u"a\"b"_s, u"\u00e4\n"_s})
        << "{\"arguments\":{\"arg\":[\"a\\\"b\",\"\xc3\xa4\\n\"],\"capture-output\":true,\"path\":\"/bin/echo\"},"
           "\"execute\":\"guest-exec\"}"_ba;
    QTest::newRow("qapi-schema guest-exec-status")
        << AgentReply::statusCommand(1234) << j("{'arguments':{'pid':1234},'execute':'guest-exec-status'}");
    QTest::newRow("qapi-schema guest-exec-status largest pid accepted")
        << AgentReply::statusCommand(4294967295LL)
        << j("{'arguments':{'pid':4294967295},'execute':'guest-exec-status'}");
}

void tst_AgentReply::commands()
{
    QFETCH(QByteArray, command);
    QFETCH(QByteArray, expected);
    QCOMPARE(command, expected);
}

void tst_AgentReply::execPid_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<qint64>("pid"); // -1: refused
    QTest::addColumn<QString>("error");
    // qga/qapi-schema.json GuestExec: {"pid": int}.
    QTest::newRow("qapi-schema pid") << j("{'return':{'pid':1234}}") << qint64(1234) << QString();
    QTest::newRow("qapi-schema pid with spaces and a QMP id")
        << "{ \"return\": { \"pid\": 77 }, \"id\": \"libvirt-12\" }\n"_ba << qint64(77) << QString();
    QTest::newRow("RFC 8259 exponent form of an integer") << j("{'return':{'pid':1e3}}") << qint64(1000) << QString();
    QTest::newRow("largest pid accepted") << j("{'return':{'pid':4294967295}}") << qint64(4294967295LL) << QString();
    QTest::newRow("not JSON") << "pid=1234"_ba << qint64(-1) << u"not JSON"_s;
    QTest::newRow("empty reply") << QByteArray() << qint64(-1) << u"not JSON"_s;
    QTest::newRow("truncated JSON") << j("{'return':{'pid':12") << qint64(-1) << u"not JSON"_s;
    QTest::newRow("garbage after the object")
        << j("{'return':{'pid':1}} {'return':{'pid':2}}") << qint64(-1) << u"not JSON"_s;
    QTest::newRow("array") << j("[{'return':{'pid':1234}}]") << qint64(-1) << u"not a JSON object"_s;
    QTest::newRow("qga commands.c spawn failure: error object names desc")
        << "{\"error\":{\"class\":\"GenericError\",\"desc\":\"Guest agent command failed, error was 'Failed to execute child process'\"}}"_ba
        << qint64(-1) << u"The guest agent refused: Guest agent command failed"_s;
    QTest::newRow("qmp-spec error object without desc")
        << j("{'error':{'class':'GenericError'}}") << qint64(-1) << u"The guest agent refused"_s;
    QTest::newRow("no return") << j("{'pid':1234}") << qint64(-1) << u"no \"return\" object"_s;
    QTest::newRow("return is a number") << j("{'return':1234}") << qint64(-1) << u"no \"return\" object"_s;
    QTest::newRow("pid missing") << j("{'return':{}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid negative") << j("{'return':{'pid':-1}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid fractional") << j("{'return':{'pid':12.5}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid over 32 bits") << j("{'return':{'pid':4294967296}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid huge") << j("{'return':{'pid':1e300}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid as a string") << j("{'return':{'pid':'1234'}}") << qint64(-1) << u"no valid pid"_s;
    QTest::newRow("pid null") << j("{'return':{'pid':null}}") << qint64(-1) << u"no valid pid"_s;
}

void tst_AgentReply::execPid()
{
    QFETCH(QByteArray, reply);
    QFETCH(qint64, pid);
    QFETCH(QString, error);
    QString message;
    const std::optional<qint64> result = AgentReply::execPid(reply, &message);
    QCOMPARE(result.value_or(-1), pid);
    if (error.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
    }
    // The error is optional, and reading is deterministic.
    QCOMPARE(AgentReply::execPid(reply, nullptr), result);
}

void tst_AgentReply::execStatus_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<qint64>("maxOutput");
    QTest::addColumn<QString>("error"); // empty: read
    QTest::addColumn<bool>("exited");
    QTest::addColumn<QVariant>("exitCode");
    QTest::addColumn<QVariant>("signal");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<bool>("truncated");
    const qint64 cap = 1024;
    const QVariant none;

    // qga/qapi-schema.json GuestExecStatus: exitcode and signal only once exited, the output base64.
    QTest::newRow("qapi-schema still running") << j("{'return':{'exited':false}}") << cap << QString() << false << none
                                               << none << QByteArray() << QByteArray() << false;
    QTest::newRow("qapi-schema exit code 0 with stdout")
        << j("{'return':{'exited':true,'exitcode':0,'out-data':'Ni4xLjAtMjgtYW1kNjQK'}}") << cap << QString() << true
        << QVariant(0) << none << "6.1.0-28-amd64\n"_ba << QByteArray() << false;
    QTest::newRow("qapi-schema exit code 2 with stderr")
        << j("{'return':{'exited':true,'exitcode':2,'err-data':'bm8gc3VjaCBmaWxlCg=='}}") << cap << QString() << true
        << QVariant(2) << none << QByteArray() << "no such file\n"_ba << false;
    QTest::newRow("qapi-schema killed by signal 9")
        << j("{'return':{'exited':true,'signal':9}}") << cap << QString() << true << none << QVariant(9) << QByteArray()
        << QByteArray() << false;
    QTest::newRow("qapi-schema empty out-data")
        << j("{'return':{'exited':true,'exitcode':0,'out-data':''}}") << cap << QString() << true << QVariant(0) << none
        << QByteArray() << QByteArray() << false;
    QTest::newRow("int range: lowest exit code")
        << j("{'return':{'exited':true,'exitcode':-2147483648}}") << cap << QString() << true
        << QVariant(std::numeric_limits<int>::min()) << none << QByteArray() << QByteArray() << false;
    QTest::newRow("int range: highest exit code")
        << j("{'return':{'exited':true,'exitcode':2147483647}}") << cap << QString() << true
        << QVariant(std::numeric_limits<int>::max()) << none << QByteArray() << QByteArray() << false;
    QTest::newRow("qapi-schema out-truncated from the agent")
        << j("{'return':{'exited':true,'exitcode':0,'out-data':'aGVsbG8K','out-truncated':true}}") << cap << QString()
        << true << QVariant(0) << none << "hello\n"_ba << QByteArray() << true;
    QTest::newRow("qapi-schema err-truncated from the agent")
        << j("{'return':{'exited':true,'exitcode':1,'err-data':'aGVsbG8K','err-truncated':true}}") << cap << QString()
        << true << QVariant(1) << none << QByteArray() << "hello\n"_ba << true;
    QTest::newRow("out-truncated false") << j("{'return':{'exited':true,'exitcode':0,'out-truncated':false}}") << cap
                                         << QString() << true << QVariant(0) << none << QByteArray() << QByteArray()
                                         << false;
    QTest::newRow("stdout over the cap keeps exactly the cap")
        << exitedWith("hello world\n"_ba) << qint64(5) << QString() << true << QVariant(0) << none << "hello"_ba
        << QByteArray() << true;
    QTest::newRow("stdout and stderr over the cap each cut")
        << j("{'return':{'exited':true,'exitcode':0,'out-data':'aGVsbG8K','err-data':'b29wcwo='}}") << qint64(2)
        << QString() << true << QVariant(0) << none << "he"_ba
        << "oo"_ba << true;
    QTest::newRow("stdout of exactly the cap is whole") << exitedWith("hello\n"_ba) << qint64(6) << QString() << true
                                                        << QVariant(0) << none << "hello\n"_ba << QByteArray() << false;
    QTest::newRow("no cap: the largest maxOutput keeps everything")
        << exitedWith("hello\n"_ba) << std::numeric_limits<qint64>::max() << QString() << true << QVariant(0) << none
        << "hello\n"_ba << QByteArray() << false;

    QTest::newRow("not JSON") << "exited"_ba << cap << u"not JSON"_s << false << none << none << QByteArray()
                              << QByteArray() << false;
    QTest::newRow("array") << j("[{'return':{'exited':false}}]") << cap << u"not a JSON object"_s << false << none
                           << none << QByteArray() << QByteArray() << false;
    QTest::newRow("qga commands.c unknown pid: error with desc")
        << "{\"error\":{\"class\":\"GenericError\",\"desc\":\"Invalid parameter 'pid'\"}}"_ba << cap
        << u"The guest agent refused: Invalid parameter 'pid'"_s << false << none << none << QByteArray()
        << QByteArray() << false;
    QTest::newRow("no return") << j("{'exited':true,'exitcode':0}") << cap << u"no \"return\" object"_s << false << none
                               << none << QByteArray() << QByteArray() << false;
    QTest::newRow("exited missing") << j("{'return':{'exitcode':0}}") << cap << u"no \"exited\" flag"_s << false << none
                                    << none << QByteArray() << QByteArray() << false;
    QTest::newRow("exited as a string") << j("{'return':{'exited':'true','exitcode':0}}") << cap
                                        << u"no \"exited\" flag"_s << false << none << none << QByteArray()
                                        << QByteArray() << false;
    QTest::newRow("exited without exit code or signal")
        << j("{'return':{'exited':true,'out-data':'aGVsbG8K'}}") << cap << u"neither exit code nor signal"_s << false
        << none << none << QByteArray() << QByteArray() << false;
    QTest::newRow("exit code fractional")
        << j("{'return':{'exited':true,'exitcode':1.5}}") << cap << u"neither exit code nor signal"_s << false << none
        << none << QByteArray() << QByteArray() << false;
    QTest::newRow("exit code over int") << j("{'return':{'exited':true,'exitcode':2147483648}}") << cap
                                        << u"neither exit code nor signal"_s << false << none << none << QByteArray()
                                        << QByteArray() << false;
    QTest::newRow("exit code as a string")
        << j("{'return':{'exited':true,'exitcode':'0'}}") << cap << u"neither exit code nor signal"_s << false << none
        << none << QByteArray() << QByteArray() << false;
    QTest::newRow("out-data not base64") << j("{'return':{'exited':true,'exitcode':0,'out-data':'not base64!'}}") << cap
                                         << u"not base64"_s << false << none << none << QByteArray() << QByteArray()
                                         << false;
    QTest::newRow("err-data not base64") << j("{'return':{'exited':true,'exitcode':0,'err-data':'a$b='}}") << cap
                                         << u"not base64"_s << false << none << none << QByteArray() << QByteArray()
                                         << false;
    QTest::newRow("out-data a number") << j("{'return':{'exited':true,'exitcode':0,'out-data':12}}") << cap
                                       << u"not base64"_s << false << none << none << QByteArray() << QByteArray()
                                       << false;
}

void tst_AgentReply::execStatus()
{
    QFETCH(QByteArray, reply);
    QFETCH(qint64, maxOutput);
    QFETCH(QString, error);
    QFETCH(bool, exited);
    QFETCH(QVariant, exitCode);
    QFETCH(QVariant, signal);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(bool, truncated);
    QString message;
    const auto status = AgentReply::execStatus(reply, maxOutput, &message);
    if (!error.isEmpty()) {
        QVERIFY(!status);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(status, qPrintable(message));
    QCOMPARE(status->exited, exited);
    QCOMPARE(optionalInt(status->exitCode), exitCode);
    QCOMPARE(optionalInt(status->signal), signal);
    QCOMPARE(status->out, out);
    QCOMPARE(status->err, err);
    QCOMPARE(status->truncated, truncated);
    // Deterministic, and the error pointer is optional.
    const auto again = AgentReply::execStatus(reply, maxOutput, nullptr);
    QVERIFY(again);
    QCOMPARE(again->out, status->out);
    QCOMPARE(again->truncated, status->truncated);
}

void tst_AgentReply::outputCap_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("maxOutput");
    // Base64 carries 3 bytes in 4 characters: caps on and around those boundaries, and the 1 MiB cap GuestAgent's
    // callers use on a 3 MB output (tst_GuestAgentDaemon).
    const QList<qint64> caps{0, 1, 2, 3, 4, 5, 6, 74, 75, 76, 98, 99, 100, 101, 1000};
    for (qint64 maxOutput : caps)
        QTest::addRow("100 bytes, cap %lld", maxOutput) << qint64(100) << maxOutput;
    QTest::newRow("3 MB, cap 1 MiB") << qint64(3000000) << qint64(1024 * 1024);
    QTest::newRow("3 MB, cap 8 MiB (GuestAgent's default)") << qint64(3000000) << qint64(8 * 1024 * 1024);
}

void tst_AgentReply::outputCap()
{
    QFETCH(qint64, size);
    QFETCH(qint64, maxOutput);
    const QByteArray full = pattern(size);
    QString message;
    const auto status = AgentReply::execStatus(exitedWith(full), maxOutput, &message);
    QVERIFY2(status, qPrintable(message));
    QCOMPARE(status->out.size(), std::min(size, maxOutput));
    QVERIFY(status->out == full.first(status->out.size()));
    QCOMPARE(status->truncated, size > maxOutput);
}

void tst_AgentReply::replySizeCap_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("accepted");
    // AgentReply.h: kMaxReply, above libvirt's own QEMU_AGENT_MAX_RESPONSE (src/qemu/qemu_agent.c).
    QTest::newRow("exactly kMaxReply") << AgentReply::kMaxReply << true;
    QTest::newRow("one byte over kMaxReply") << AgentReply::kMaxReply + 1 << false;
}

void tst_AgentReply::replySizeCap()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, accepted);
    // Valid JSON padded with blanks to the size: only the size can refuse it.
    QByteArray pidReply = j("{'return':{'pid':7}}");
    pidReply.append(size - pidReply.size(), ' ');
    QByteArray statusReply = j("{'return':{'exited':false}}");
    statusReply.append(size - statusReply.size(), ' ');
    QCOMPARE(pidReply.size(), size);

    QString pidError;
    const auto pid = AgentReply::execPid(pidReply, &pidError);
    QString statusError;
    const auto status = AgentReply::execStatus(statusReply, 1024, &statusError);
    QCOMPARE(pid.has_value(), accepted);
    QCOMPARE(status.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*pid, qint64(7));
        return;
    }
    for (const QString& e : {pidError, statusError}) {
        QVERIFY2(e.contains(QString::number(size)), qPrintable(e));
        QVERIFY2(e.contains(u"16 MiB"_s), qPrintable(e));
    }
}

void tst_AgentReply::errorDescIsCut()
{
    // The desc comes from the guest: at most 500 characters of it reach the message.
    const QByteArray reply = j("{'error':{'class':'GenericError','desc':'") + QByteArray(600, 'x') + j("'}}");
    QString message;
    QVERIFY(!AgentReply::execPid(reply, &message));
    QVERIFY2(message.contains(QString(500, u'x')), qPrintable(message));
    QVERIFY2(!message.contains(QString(501, u'x')), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_AgentReply)
#include "tst_AgentReply.moc"
