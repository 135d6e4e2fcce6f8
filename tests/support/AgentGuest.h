// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QHash>
#include <QString>

/// A tiny Linux guest whose qemu-ga answers libvirt, for the tests against a real libvirtd (LibvirtDaemon).
///
/// scripts/make-guest-initramfs builds it from Debian packages only: the host's newest /boot/vmlinuz-* and an
/// initramfs with busybox, qemu-ga and the virtio serial modules, whose /init keeps qemu-ga running on the port
/// org.qemu.guest_agent.0. tests/data/agent-guest/domain.xml.in boots it by direct kernel boot under TCG
/// (type='qemu', so no /dev/kvm is needed) without disk or network; the agent answers some 6-7 s after
/// virDomainCreate on a 2-core runner. The guest's /etc/os-release is the host's (Debian 12), so
/// virDomainGetGuestInfo reports os.id "debian", os.version-id "12" and os.kernel-release kernelRelease().
///
/// The build is skipped when the output folder is up to date, so a suite can call prepare() in initTestCase
/// with a folder it keeps. QEMU opens the kernel and initramfs itself, and may run as libvirt-qemu (when the
/// daemon has no mount namespace of its own): every folder above the output folder must be searchable by it.
class AgentGuest
{
public:
    /// Empty if prepare() can build the guest here, else what is missing (script, kernel, busybox, qemu-ga,
    /// cpio), with the package that provides it.
    static QString missingPrerequisite();
    /// scripts/make-guest-initramfs of the source tree.
    static QString scriptPath();

    AgentGuest() = default;

    /// Runs scripts/make-guest-initramfs @p outDir (it skips the build when @p outDir is up to date) and reads
    /// the kernel release, the guest's os-release and the domain template.
    bool prepare(const QString& outDir);

    /// tests/data/agent-guest/domain.xml.in with the domain's name, the emulator (LibvirtDaemon::emulator()),
    /// the kernel and initramfs of prepare() and consoleLogPath(@p name) filled in. Empty before prepare().
    QString domainXml(const QString& name, const QString& emulator) const;

    QString kernelPath() const;
    QString initrdPath() const;
    /// Where the guest's serial console of domain @p name is written (libvirt opens the file for QEMU).
    QString consoleLogPath(const QString& name) const;
    /// The end of that console log, for the failure message of a guest whose agent never answered.
    QString consoleLogTail(const QString& name) const;

    /// What `uname -r` says in the guest (guest-get-osinfo's kernel-release), e.g. "6.1.0-57-amd64".
    QString kernelRelease() const { return m_kernelRelease; }
    /// ID of the guest's os-release: "debian" (guest-get-osinfo's id).
    QString osReleaseId() const { return osRelease(QStringLiteral("ID")); }
    /// VERSION_ID of the guest's os-release: "12" (guest-get-osinfo's version-id).
    QString osVersionId() const { return osRelease(QStringLiteral("VERSION_ID")); }
    /// Any key of the guest's os-release without its quotes (NAME, PRETTY_NAME, VERSION, ...).
    QString osRelease(const QString& key) const { return m_osRelease.value(key); }

    /// Why prepare() failed, with the script's output.
    QString errorString() const { return m_error; }

private:
    QString m_outDir;
    QString m_template;
    QString m_kernelRelease;
    QHash<QString, QString> m_osRelease;
    QString m_error;
};
