// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ErrorMessage.h"

#include "model/libvirt/ConnectError.h"

#include <QMessageBox>

QMessageBox* ErrorMessage::create(QWidget* parent, const QString& summary, const QString& hint, const QString& details)
{
    auto box = new QMessageBox(QMessageBox::Warning, summary, summary, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(hint);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void ErrorMessage::show(QWidget* parent, const QString& summary, const QString& hint, const QString& details)
{
    create(parent, summary, hint, details)->open();
}

QMessageBox* ErrorMessage::createForConnection(QWidget* parent, const QString& name, const ConnectError& error)
{
    QMessageBox* box = create(parent, tr("Cannot connect to %1: %2").arg(name, error.summary()),
                              error.advice() + QLatin1Char(' ') + tr("Then choose Reconnect."), error.details());
    box->setWindowTitle(tr("Cannot connect to %1").arg(name));
    return box;
}
