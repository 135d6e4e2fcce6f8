// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "AgentReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// The "return" object of @p reply, or nullopt with @p error set.
std::optional<QJsonObject> returned(const QByteArray& reply, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (reply.size() > AgentReply::kMaxReply)
        return fail(AgentReply::tr("The guest agent's reply is %1 bytes, more than the %2 MiB accepted.")
                        .arg(reply.size())
                        .arg(AgentReply::kMaxReply / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(AgentReply::tr("The guest agent's reply is not JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(AgentReply::tr("The guest agent's reply is not a JSON object."));
    const QJsonObject root = doc.object();
    if (const QJsonValue e = root.value(QLatin1String("error")); e.isObject())
        return fail(AgentReply::tr("The guest agent refused: %1")
                        .arg(e.toObject().value(QLatin1String("desc")).toString().left(500)));
    const QJsonValue value = root.value(QLatin1String("return"));
    if (!value.isObject())
        return fail(AgentReply::tr("The guest agent's reply has no \"return\" object."));
    return value.toObject();
}

/// Base64 output of guest-exec-status, cut at @p max bytes; nullopt when it is not base64.
std::optional<QByteArray> decoded(const QJsonValue& value, qsizetype max, bool& truncated)
{
    if (value.isUndefined())
        return QByteArray();
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    // Decoding only what is kept: the reply may carry up to 16 MiB of output. A cap beyond what the text could
    // hold keeps it all (and must not overflow).
    const qsizetype keepChars = max >= text.size() ? text.size() : (max / 3 + 1) * 4;
    const QByteArray::FromBase64Result r = QByteArray::fromBase64Encoding(
        text.size() > keepChars ? text.left(keepChars) : text, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    QByteArray bytes = *r;
    if (bytes.size() > max || text.size() > keepChars) {
        bytes.truncate(max);
        truncated = true;
    }
    return bytes;
}

} // namespace

QByteArray AgentReply::execCommand(const QString& path, const QStringList& arguments)
{
    QJsonObject args{{QLatin1String("path"), path}, {QLatin1String("capture-output"), true}};
    if (!arguments.isEmpty())
        args.insert(QLatin1String("arg"), QJsonArray::fromStringList(arguments));
    const QJsonObject command{{QLatin1String("execute"), QLatin1String("guest-exec")},
                              {QLatin1String("arguments"), args}};
    return QJsonDocument(command).toJson(QJsonDocument::Compact);
}

QByteArray AgentReply::statusCommand(qint64 pid)
{
    const QJsonObject command{{QLatin1String("execute"), QLatin1String("guest-exec-status")},
                              {QLatin1String("arguments"), QJsonObject{{QLatin1String("pid"), pid}}}};
    return QJsonDocument(command).toJson(QJsonDocument::Compact);
}

std::optional<qint64> AgentReply::execPid(const QByteArray& reply, QString* error)
{
    const auto r = returned(reply, error);
    if (!r)
        return std::nullopt;
    const QJsonValue pid = r->value(QLatin1String("pid"));
    // JSON numbers are doubles; a pid is a small positive integer.
    const double number = pid.toDouble(-1);
    if (!pid.isDouble() || number < 0 || number > 4294967295.0 || number != double(qint64(number))) {
        if (error)
            *error = tr("The guest agent's guest-exec reply has no valid pid.");
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<AgentReply::ExecStatus> AgentReply::execStatus(const QByteArray& reply, qsizetype maxOutput,
                                                             QString* error)
{
    const auto r = returned(reply, error);
    if (!r)
        return std::nullopt;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue exited = r->value(QLatin1String("exited"));
    if (!exited.isBool())
        return fail(tr("The guest agent's guest-exec-status reply has no \"exited\" flag."));
    ExecStatus status;
    status.exited = exited.toBool();
    auto smallInt = [&](const char* key) -> std::optional<int> {
        const QJsonValue v = r->value(QLatin1String(key));
        const double d = v.toDouble(-1e12);
        if (v.isDouble() && d >= -2147483648.0 && d <= 2147483647.0 && d == double(int(d)))
            return int(d);
        return std::nullopt;
    };
    status.exitCode = smallInt("exitcode");
    status.signal = smallInt("signal");
    if (status.exited && !status.exitCode && !status.signal)
        return fail(tr("The guest agent says the program exited, but gives neither exit code nor signal."));
    const auto out = decoded(r->value(QLatin1String("out-data")), maxOutput, status.truncated);
    const auto err = decoded(r->value(QLatin1String("err-data")), maxOutput, status.truncated);
    if (!out || !err)
        return fail(tr("The guest agent's output is not base64."));
    status.out = *out;
    status.err = *err;
    if (r->value(QLatin1String("out-truncated")).toBool() || r->value(QLatin1String("err-truncated")).toBool())
        status.truncated = true;
    return status;
}
