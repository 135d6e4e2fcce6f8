// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CtlExitStatus.h"

#include <QString>
#include <QStringList>

class QTextStream;

/// The whole of `xpctl` except main(): parses the global options and dispatches the command.
/// Output goes to the given streams so that tests can run it in process.
class CtlApplication
{
public:
    CtlApplication(QTextStream& out, QTextStream& err);

    /// @p arguments includes the program name, as QCoreApplication::arguments() does.
    int run(const QStringList& arguments);

    static QString usage();

private:
    QTextStream& m_out;
    QTextStream& m_err;
};
