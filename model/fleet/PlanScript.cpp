// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PlanScript.h"

#include "Fleet.h"
#include "PlanHost.h"
#include "model/core/DeviceText.h"

#include <QRegularExpression>
#include <QSet>

using xp::device::Flavour;

namespace {

constexpr int kCommentWidth = 100;

/// @p text with every character that could end a comment line (or hide one) replaced: a VM's name may hold any.
QString commentSafe(QString text)
{
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    return text;
}

/// @p text as "# " lines of at most kCommentWidth columns, broken at spaces.
QString comment(const QString& text)
{
    QString out;
    QString line = QStringLiteral("#");
    // Empty parts stay: a name with two spaces in a row is shown as it is.
    for (const QString& word : commentSafe(text).split(QLatin1Char(' '))) {
        if (line.size() > 1 && line.size() + 1 + word.size() > kCommentWidth) {
            out += line + QLatin1Char('\n');
            line = QStringLiteral("#  ");
        }
        line += QLatin1Char(' ') + word;
    }
    return out + line + QLatin1Char('\n');
}

QString fileSafe(const QString& text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = QString(text).replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("host") : name;
}

QString vmName(const PushItem& item)
{
    return item.name.isEmpty() ? item.uuid : item.name;
}

} // namespace

PlanScript::Target PlanScript::targetOf(const HostCommand& command)
{
    return !command.argv.isEmpty() && command.argv.constFirst() == QLatin1String("xe") ? Target::PoolMaster
                                                                                       : Target::Dom0;
}

bool PlanScript::readsHostKeys(Flavour flavour)
{
    // The keys are /mh/driver-blacklist/<name>/<build> (xp::device::Blacklist::xenstorePath): both old device
    // models look them up, upstream QEMU (plain or XenServer 8's) never does.
    return !xp::device::runsUpstreamQemu(flavour);
}

bool PlanScript::writesHostKeys(const PushItem& item)
{
    if (!item.canWrite())
        return false;
    const QList<HostCommand>& commands = item.plan.hostCommands;
    return std::any_of(commands.cbegin(), commands.cend(),
                       [](const HostCommand& c) { return targetOf(c) == Target::Dom0; });
}

QList<PlanScript::HostVm> PlanScript::hostVms(const Fleet& fleet)
{
    QList<HostVm> vms;
    for (const QString& key : fleet.keys())
        if (const VmRecord* record = fleet.record(key))
            vms.append({record->config.uuid, record->config.name, record->config.flavour});
    return vms;
}

QStringList PlanScript::hostWideReaders(const QList<PushItem>& items, const QList<HostVm>& vms)
{
    if (std::none_of(items.cbegin(), items.cend(), [](const PushItem& i) { return writesHostKeys(i); }))
        return {};
    QSet<QString> pushed;
    for (const PushItem& item : items)
        pushed.insert(item.uuid.isEmpty() ? item.name : item.uuid);
    QStringList names;
    for (const HostVm& vm : vms)
        if (!pushed.contains(vm.uuid.isEmpty() ? vm.name : vm.uuid) && readsHostKeys(vm.flavour) &&
            !names.contains(vm.name))
            names.append(vm.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

QList<PlanScript::Script> PlanScript::build(const QString& uri, const QList<PushItem>& items, const QDateTime& at,
                                            const QStringList& readers)
{
    const QString host = PlanHost::name(uri);
    QList<Script> scripts;
    for (const Target target : {Target::Dom0, Target::PoolMaster}) {
        Script script;
        script.target = target;
        QString body;
        for (const PushItem& item : items) {
            if (!item.canWrite())
                continue;
            QStringList lines;
            for (const HostCommand& command : item.plan.hostCommands) {
                if (targetOf(command) != target || command.argv.isEmpty())
                    continue;
                // No shell can pass a NUL byte in an argument: such a command is shown, not run.
                if (std::any_of(command.argv.cbegin(), command.argv.cend(),
                                [](const QString& w) { return w.contains(QChar(0)); }))
                    lines << comment(tr("Not runnable, a word holds a NUL character: %1")
                                         .arg(commentSafe(commandLine(command.argv))))
                                 .chopped(1);
                else
                    lines << commandLine(command.argv);
            }
            if (lines.isEmpty())
                continue;
            const QString name = vmName(item);
            script.vms << name;
            body += QLatin1Char('\n') + comment(tr("VM %1 (UUID %2)").arg(quoted(name), item.uuid));
            // The name as printf's argument, so a run says which VM it is at; never as its format. Without control
            // characters: a carriage return in a script under review could hide what follows it on the screen.
            body += QStringLiteral("printf '== %s\\n' ") + quoted(commentSafe(name)) + QLatin1Char('\n');
            body += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        if (script.vms.isEmpty())
            continue;

        QStringList quotedVms;
        for (const QString& name : std::as_const(script.vms))
            quotedVms << quoted(name);
        QString head = QStringLiteral("#!/bin/sh\n");
        if (target == Target::Dom0) {
            script.fileName = QStringLiteral("xpconsole-plan-%1-dom0.sh").arg(fileSafe(host));
            head += comment(tr("xpconsole plan: the xenstore commands to run as root in dom0 of %1.")
                                .arg(PlanHost::dom0Phrase(uri)));
            head += comment(tr("Host: %1").arg(host));
        } else {
            script.fileName = QStringLiteral("xpconsole-plan-%1-pool-master.sh").arg(fileSafe(host));
            head += comment(tr("xpconsole plan: the xe commands to run on %1.").arg(PlanHost::poolMasterPhrase(uri)));
            head += comment(tr("Host: %1 (uncertain)").arg(PlanHost::poolMasterPhrase(uri)));
            head += comment(PlanHost::poolMasterUncertainty());
        }
        head += comment(tr("Connection: %1").arg(uri));
        // With its offset, so the date says the same wherever the script is read.
        head += comment(tr("Written: %1").arg(at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate)));
        head +=
            comment(tr("VMs (%1): %2").arg(QString::number(script.vms.size()), quotedVms.join(QStringLiteral(", "))));
        head += QStringLiteral("#\n");
        if (target == Target::Dom0) {
            head += comment(tr("The keys are host-wide: every VM on %1 whose device model reads the xenstore blacklist "
                               "(%2, %3) reads them at its drivers' next unplug handshake, not only the VMs above.")
                                .arg(PlanHost::phrase(uri), DeviceText::flavourName(Flavour::QemuTraditional),
                                     DeviceText::flavourName(Flavour::XenServerTrad)));
            if (!readers.isEmpty()) {
                QStringList others;
                for (const QString& name : readers)
                    others << quoted(name);
                head += comment(tr("Other VMs of %1 that read them (%2): %3")
                                    .arg(PlanHost::phrase(uri), QString::number(readers.size()),
                                         others.join(QStringLiteral(", "))));
            }
        } else {
            head += comment(tr("Run them with the VMs halted; XAPI applies them at each VM's next start."));
        }
        if (PlanHost::isTestDriver(uri))
            head += comment(tr("libvirt's test driver: no real host is behind this connection; the script shows what "
                               "a real one would need."));
        head += comment(tr("libvirt cannot run these commands and xpconsole does not: apply the push, review this "
                           "script, then run it."));
        head += QStringLiteral("set -eu\n");
        script.text = head + body;
        scripts.append(script);
    }
    return scripts;
}

QString PlanScript::joined(const QList<Script>& scripts)
{
    QString text;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        QString script = scripts.at(i).text;
        if (scripts.size() > 1) {
            // After the first line, so that the text still starts as a script does.
            const QString banner = comment(tr("===== Script %1 of %2: %3 =====")
                                               .arg(i + 1)
                                               .arg(scripts.size())
                                               .arg(scripts.at(i).target == Target::Dom0
                                                        ? tr("for dom0 of the VMs' host")
                                                        : tr("for the pool master, not for dom0 of the VMs' host")));
            script.insert(script.indexOf(QLatin1Char('\n')) + 1, banner);
        }
        text += (i > 0 ? QStringLiteral("\n") : QString()) + script;
    }
    return text;
}

QString PlanScript::quoted(const QString& word, bool command)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (!word.isEmpty() && plain.match(word).hasMatch() && !(command && word.contains(QLatin1Char('='))))
        return word;
    // Inside single quotes nothing is special but the quote itself, which ends the quoting: close, escape, reopen.
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

QString PlanScript::commandLine(const QStringList& argv)
{
    QStringList words;
    for (qsizetype i = 0; i < argv.size(); ++i)
        words << quoted(argv.at(i), i == 0);
    return words.join(QLatin1Char(' '));
}
