// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "NextBoot.h"

QStringList NextBoot::differences(const VmConfig& running, const VmConfig& next)
{
    QStringList what;
    if (running.flavour != next.flavour)
        what << tr("device model");
    if (running.platform != next.platform)
        what << tr("platform device");
    if (running.vendor != next.vendor)
        what << tr("vendor device");
    // Comments are ours alone; only the entries themselves reach the device model.
    auto entries = [](const QList<BlacklistItem>& list) {
        QList<BlacklistItem> bare = list;
        for (BlacklistItem& item : bare)
            item.comment.clear();
        return bare;
    };
    if (entries(running.blacklist) != entries(next.blacklist))
        what << tr("blacklist");
    return what;
}

namespace {
QStringView metadataBlock(const QString& xml)
{
    const qsizetype begin = xml.indexOf(QLatin1String("<metadata"));
    if (begin < 0)
        return {};
    const qsizetype end = xml.indexOf(QLatin1String("</metadata>"), begin);
    return end < 0 ? QStringView(xml).mid(begin) : QStringView(xml).mid(begin, end - begin);
}
} // namespace

bool NextBoot::sameMetadata(const QString& running, const QString& next)
{
    return metadataBlock(running) == metadataBlock(next);
}

QString NextBoot::applyAction()
{
    return tr("Shut the VM down and start it again: a reboot from inside the guest keeps the running device model.");
}
