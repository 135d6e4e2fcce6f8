// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

/// One `--set KEY=VALUE` edit of a VM's configuration (PRODUCT §8), shared by xpctl, the what-if
/// controls and the migration wizard. Values are validated here: nothing a user types reaches a
/// command line unchecked.
class ConfigChange
{
    Q_DECLARE_TR_FUNCTIONS(ConfigChange)

public:
    enum class Kind {
        PlatformDevice,  ///< platform-device=off|default[:REV]|ID[:REV] (default: the flavour's device ID)
        VendorDevice,    ///< vendor-device=off|ID[:REV]
        Flavour,         ///< flavour=F
        BlacklistAdd,    ///< blacklist+=PRODUCT:BUILD[-BUILD]
        BlacklistRemove, ///< blacklist-=PRODUCT:BUILD[-BUILD]
        WindowsUpdate,   ///< windows-update=off|automatic
        DriverAdd,       ///< driver+=PACKAGE
        DriverRemove,    ///< driver-=PACKAGE
        WuPublish,       ///< wu-publish+=PACKAGE@HWID (what-if only: never written to the VM)
        TakeOver,        ///< take-over=vendor-device: another tool's xen-pvdevice becomes xpconsole's
        Override,        ///< override=host-check: write a Xen device although the host's QEMU lacks it
    };

    /// Parses @p text; on failure returns nullopt and sets @p error to a sentence naming the input.
    static std::optional<ConfigChange> parse(const QString& text, QString* error);

    /// Applies the change; fails (with @p error) when it cannot apply, e.g. removing an entry that is not there.
    bool applyTo(VmConfig& config, QString* error) const;

    Kind kind() const { return m_kind; }
    /// The canonical KEY=VALUE form.
    QString text() const { return m_text; }
    /// Whether the change only exists in a preview (wu-publish).
    bool isWhatIfOnly() const { return m_kind == Kind::WuPublish; }
    /// The package of driver+=, driver-= and wu-publish+=; empty for the others.
    QString package() const { return m_package; }

    static QString usage();

private:
    Kind m_kind = Kind::Flavour;
    QString m_text;
    bool m_enabled = true;
    std::optional<quint16> m_id;
    std::optional<quint8> m_revision;
    xp::device::Flavour m_flavour = xp::device::Flavour::QemuUpstream;
    BlacklistItem m_entry;
    WindowsUpdate m_windowsUpdate = WindowsUpdate::Off;
    QString m_package;
    QString m_hardwareId;
};
