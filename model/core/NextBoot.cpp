// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "NextBoot.h"

#include "MetadataCodec.h"
#include "MetadataReadCache.h"

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

/// libvirt gives the element without a namespace (unprefixed, no declaration); MetadataCodec reads only elements
/// in ours, so the root declares it as the default namespace, which its unprefixed children inherit.
QString inOurNamespace(const QString& element)
{
    if (!element.startsWith(QLatin1Char('<')))
        return element;
    qsizetype nameEnd = 1;
    while (nameEnd < element.size() && !element.at(nameEnd).isSpace() && element.at(nameEnd) != QLatin1Char('>') &&
           element.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    return element.left(nameEnd) + QStringLiteral(" xmlns=\"") + MetadataCodec::namespaceUri() + QLatin1Char('"') +
           element.mid(nameEnd);
}

/// The running definition's device settings, read from its metadata; empty when the listing says nothing differs.
std::optional<VmConfig> runningMetadata(const DomainSnapshot& snapshot)
{
    if (!snapshot.isActive() || !snapshot.metadataCompared || snapshot.liveMetadata == snapshot.persistentMetadata)
        return std::nullopt;
    // Without our element the device model is upstream QEMU's (VmConfig's default), as DomainXmlReader reads it
    // (PRODUCT §3). libvirt's test driver keeps a running domain's element as the node file indents it and formats
    // the persistent one anew, so the texts differ for every running VM there: the memo keeps that from costing
    // a DOM parse per VM.
    VmConfig running;
    MetadataReadCache::sharedUnchecked().read(inOurNamespace(snapshot.liveMetadata), running);
    return running;
}

} // namespace

QStringList NextBoot::pending(const DomainSnapshot& snapshot, const VmConfig& next)
{
    const std::optional<VmConfig> running = runningMetadata(snapshot);
    return running ? differences(*running, next) : QStringList();
}

std::optional<VmConfig> NextBoot::running(const DomainSnapshot& snapshot, const VmConfig& next)
{
    const std::optional<VmConfig> live = runningMetadata(snapshot);
    if (!live || differences(*live, next).isEmpty())
        return std::nullopt;
    VmConfig now = next;
    now.flavour = live->flavour;
    now.platform = live->platform;
    now.vendor = live->vendor;
    now.blacklist = live->blacklist;
    // Only the OS family the installer recorded is kept: the rest of the facts describe the next boot's XML.
    DefinitionFacts facts;
    facts.libosinfoId = next.definition.libosinfoId;
    now.definition = facts;
    return now;
}

QString NextBoot::applyAction()
{
    return tr("Shut the VM down and start it again: a reboot from inside the guest keeps the running device model.");
}
