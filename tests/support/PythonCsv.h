// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

/// Reads CSV with a standard parser, Python's csv module (RFC 4180 dialect): each row as a JSON object keyed by
/// the header. Empty with @p error set when python3 is missing or fails (scripts/install-deps installs it).
inline QJsonArray readCsvWithPython(const QByteArray& csv, QString* error)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *error = QStringLiteral("python3 is missing (scripts/install-deps installs it)");
        return {};
    }
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import csv, json, sys\n"
                                         "rows = list(csv.DictReader(sys.stdin.buffer.read().decode('utf-8')"
                                         ".splitlines(keepends=True)))\n"
                                         "print(json.dumps(rows))\n")});
    if (!reader.waitForStarted()) {
        *error = QStringLiteral("python3 did not start");
        return {};
    }
    reader.write(csv);
    reader.closeWriteChannel();
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        *error = QString::fromUtf8(reader.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}
