// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlApplication.h"

#include "ApplyCommand.h"
#include "DeviceCommand.h"
#include "FleetCommand.h"
#include "InventoryCommand.h"
#include "ReportCommand.h"
#include "StrategiesCommand.h"
#include "WhatIfCommand.h"
#include "model/core/XpVersion.h"

#include <QTextStream>

namespace {
struct GlobalOptions
{
    QString connectUri;
    /// Every --connect given, in order; what-if reads them all, the other commands the last one.
    QStringList connectUris;
    bool readOnly = false;
};
} // namespace

CtlApplication::CtlApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

QString CtlApplication::usage()
{
    // Kept in sync with README.md's usage block; the command line is a contract, so it is not translated.
    return QStringLiteral(
        "Usage:\n"
        "  xpctl [--connect URI] [--readonly] COMMAND [ARGS...]\n"
        "  xpctl --help | --version\n"
        "\n"
        "Global options:\n"
        "  -c, --connect URI   libvirt connection URI (default: the bundled demo node); what-if,\n"
        "                      strategies and report take several\n"
        "  -r, --readonly      open the connection read-only; every write is refused\n"
        "  -h, --help          show this help\n"
        "  -V, --version       show the version\n"
        "\n"
        "Commands:\n"
        "  list [--format table|json] [--fail-on SEVERITY]\n"
        "                      every VM with its devices, predicted driver and findings\n"
        "  show VM [--agent] [--format text|json] [--fail-on SEVERITY]\n"
        "                      one VM in detail: candidates and ranks, unplug, findings with evidence\n"
        "  preview VM [--set KEY=VALUE]... [--pnputil FILE] [--inf FILE]... [--agent] [--format text|json]\n"
        "          [--fail-on SEVERITY]\n"
        "                      the next boot after the changes, without writing anything\n"
        "  apply VM|--all [--set KEY=VALUE]... [--dry-run] [--yes]\n"
        "                      push the changes through libvirt: diff, define, read back, verify;\n"
        "                      writes only with --yes\n"
        "  blacklist VM|--all list|add PRODUCT BUILD[-BUILD]|remove PRODUCT BUILD[-BUILD] [--dry-run]\n"
        "                      show or change the PV driver blacklist (add/remove write at once)\n"
        "  inventory import DIR [--dry-run]\n"
        "                      import saved pnputil /enum-drivers and /enum-devices /drivers outputs,\n"
        "                      one VM's files named after its name or UUID, into each VM's metadata\n"
        "  report [--format csv|json]\n"
        "                      one row per VM of every --connect: host, OS and its source, devices,\n"
        "                      installed and bound drivers with versions, predicted driver, worst\n"
        "                      finding, pending changes, migration, and whether the Windows PV\n"
        "                      drivers are the current release\n"
        "  what-if --set KEY=VALUE... [--where QUERY]... [--format table|json|csv] [--fail-on CLASS]\n"
        "                      the change previewed on every VM of every --connect (or those the\n"
        "                      QUERYs select: os~TEXT, host=NAME, flavour=F, finding=ID, driver=PKG,\n"
        "                      state=S); each VM classed unchanged, healthy, guest-step, loses-pv or\n"
        "                      breaks; nothing is written\n"
        "  strategies [--where QUERY]... [--format table|json] [--show ID [--format table|json|csv]]\n"
        "                      the options of the 2013 debate and what shipped, each previewed on\n"
        "                      every VM: VMs per strategy and class; --show lists one strategy's VMs\n"
        "  device dump|io ...  the device model alone, without a VM (see 'xpctl device --help')\n"
        "\n"
        "--set keys: platform-device=off|ID[:REV], vendor-device=off|ID[:REV], flavour=F,\n"
        "  blacklist+=PRODUCT:BUILD[-BUILD], blacklist-=..., windows-update=off|automatic,\n"
        "  driver+=PACKAGE, driver-=PACKAGE, wu-publish+=PACKAGE@HWID\n"
        "\n"
        "Numbers are decimal or 0x-prefixed hex.\n"
        "Exit status: 0 done, 1 --fail-on matched a finding, 2 usage or bad input,\n"
        "3 libvirt or connection error, 4 refused because the domain changed meanwhile.\n");
}

int CtlApplication::run(const QStringList& arguments)
{
    GlobalOptions options;
    QStringList rest = arguments.mid(1);
    // Global options come before the command; everything after the command belongs to it.
    while (!rest.isEmpty() && rest.constFirst().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            m_out << usage();
            return CtlExitStatus::Done;
        }
        if (option == QLatin1String("-V") || option == QLatin1String("--version")) {
            m_out << "xpctl " << xp::kVersion << '\n';
            return CtlExitStatus::Done;
        }
        if (option == QLatin1String("-r") || option == QLatin1String("--readonly")) {
            options.readOnly = true;
            continue;
        }
        if (option == QLatin1String("-c") || option == QLatin1String("--connect")) {
            if (rest.isEmpty()) {
                m_err << "xpctl: " << option << " needs a URI\n";
                return CtlExitStatus::UsageError;
            }
            options.connectUri = rest.takeFirst();
            options.connectUris.append(options.connectUri);
            continue;
        }
        if (option.startsWith(QLatin1String("--connect="))) {
            options.connectUri = option.section(QLatin1Char('='), 1);
            options.connectUris.append(options.connectUri);
            continue;
        }
        m_err << "xpctl: unknown option '" << option << "'\n" << usage();
        return CtlExitStatus::UsageError;
    }
    if (rest.isEmpty()) {
        m_err << "xpctl: no command given\n" << usage();
        return CtlExitStatus::UsageError;
    }
    const QString command = rest.takeFirst();
    // The device model needs no hypervisor: it ignores --connect and --readonly.
    if (command == QLatin1String("device"))
        return DeviceCommand(m_out, m_err).run(rest);
    if (command == QLatin1String("list") || command == QLatin1String("show") || command == QLatin1String("preview"))
        return FleetCommand(m_out, m_err, options.connectUri).run(command, rest);
    if (command == QLatin1String("report"))
        return ReportCommand(m_out, m_err, options.connectUris).run(rest);
    if (command == QLatin1String("what-if"))
        return WhatIfCommand(m_out, m_err, options.connectUris).run(rest);
    if (command == QLatin1String("strategies"))
        return StrategiesCommand(m_out, m_err, options.connectUris).run(rest);
    if (command == QLatin1String("inventory"))
        return InventoryCommand(m_out, m_err, options.connectUri, options.readOnly).run(rest);
    if (command == QLatin1String("apply") || command == QLatin1String("blacklist"))
        return ApplyCommand(m_out, m_err, options.connectUri, options.readOnly).run(command, rest);
    m_err << "xpctl: unknown command '" << command << "'\n" << usage();
    return CtlExitStatus::UsageError;
}
