// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfPanel.h"

#include "model/core/ConfigChange.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/core/Realization.h"
#include "model/core/VmConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

WhatIfPanel::WhatIfPanel(QWidget* parent)
    : QWidget(parent)
    , m_platform(new QComboBox(this))
    , m_platformRevision(new QSpinBox(this))
    , m_vendor(new QCheckBox(tr("V&endor device"), this))
    , m_vendorId(new QLineEdit(this))
    , m_vendorRevision(new QSpinBox(this))
    , m_flavour(new QComboBox(this))
    , m_windowsUpdate(new QCheckBox(tr("Windows Update &on"), this))
    , m_blacklist(new QLineEdit(this))
    , m_publish(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Appl&y…"), this))
{
    setObjectName(QStringLiteral("whatIfPanel"));
    m_platform->setObjectName(QStringLiteral("whatIfPlatform"));
    m_platform->setAccessibleName(tr("Platform device"));
    m_platform->addItem(tr("5853:0001 (default)"), QStringLiteral("0x0001"));
    m_platform->addItem(tr("5853:0002 (XenServer)"), QStringLiteral("0x0002"));
    m_platform->addItem(tr("none"), QStringLiteral("off"));
    for (QSpinBox* spin : {m_platformRevision, m_vendorRevision}) {
        spin->setRange(0, 0xff);
        spin->setDisplayIntegerBase(16);
        spin->setPrefix(QStringLiteral("0x"));
    }
    m_platformRevision->setObjectName(QStringLiteral("whatIfPlatformRevision"));
    m_platformRevision->setAccessibleName(tr("Platform device revision"));
    m_vendor->setObjectName(QStringLiteral("whatIfVendor"));
    m_vendorId->setObjectName(QStringLiteral("whatIfVendorId"));
    m_vendorId->setAccessibleName(tr("Vendor device ID"));
    m_vendorRevision->setObjectName(QStringLiteral("whatIfVendorRevision"));
    m_vendorRevision->setAccessibleName(tr("Vendor device revision"));
    m_flavour->setObjectName(QStringLiteral("whatIfFlavour"));
    m_flavour->setAccessibleName(tr("Device model"));
    for (const xp::device::Flavour f : xp::device::kAllFlavours) {
        m_flavour->addItem(DeviceText::flavourName(f), DeviceText::flavourName(f));
        m_flavour->setItemData(m_flavour->count() - 1, DeviceText::flavourDescription(f), Qt::ToolTipRole);
    }
    m_windowsUpdate->setObjectName(QStringLiteral("whatIfWindowsUpdate"));
    m_blacklist->setObjectName(QStringLiteral("whatIfBlacklist"));
    m_blacklist->setAccessibleName(tr("Add a blacklist entry"));
    m_blacklist->setPlaceholderText(tr("PRODUCT:BUILD[-BUILD], e.g. xensource-windows:60"));
    m_publish->setObjectName(QStringLiteral("whatIfPublish"));
    m_publish->setAccessibleName(tr("Publish a package on Windows Update"));
    m_publish->setPlaceholderText(tr("PACKAGE@HARDWARE-ID, e.g. xenserver-vmtools-9@PCI\\VEN_5853&DEV_0001"));

    m_apply->setObjectName(QStringLiteral("whatIfApply"));
    m_apply->setAccessibleName(tr("Review and write this change to the VM"));
    m_apply->setAutoDefault(false);

    auto platformRow = new QHBoxLayout;
    platformRow->addWidget(m_platform, 1);
    platformRow->addWidget(m_platformRevision);
    auto vendorRow = new QHBoxLayout;
    vendorRow->addWidget(m_vendor);
    vendorRow->addWidget(m_vendorId, 1);
    vendorRow->addWidget(m_vendorRevision);
    auto form = new QFormLayout(this);
    // A row whose field is a layout gets no buddy by itself, so the mnemonic needs an explicit label.
    auto platformLabel = new QLabel(tr("&Platform device:"), this);
    platformLabel->setBuddy(m_platform);
    form->addRow(platformLabel, platformRow);
    form->addRow(QString(), vendorRow);
    form->addRow(tr("Devi&ce model:"), m_flavour);
    form->addRow(QString(), m_windowsUpdate);
    form->addRow(tr("Blac&klist:"), m_blacklist);
    form->addRow(tr("Publi&sh:"), m_publish);
    auto applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_apply);
    form->addRow(applyRow);

    auto notify = [this] {
        if (m_loading)
            return;
        updateApply();
        emit changed();
    };
    connect(m_platform, &QComboBox::currentIndexChanged, this, notify);
    connect(m_platformRevision, &QSpinBox::valueChanged, this, notify);
    connect(m_vendor, &QCheckBox::toggled, this, notify);
    connect(m_vendorId, &QLineEdit::textChanged, this, notify);
    connect(m_vendorRevision, &QSpinBox::valueChanged, this, notify);
    connect(m_flavour, &QComboBox::currentIndexChanged, this, notify);
    connect(m_windowsUpdate, &QCheckBox::toggled, this, notify);
    connect(m_blacklist, &QLineEdit::textChanged, this, notify);
    connect(m_publish, &QLineEdit::textChanged, this, notify);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (applyBlocker().isEmpty())
            emit applyRequested(appliableChanges());
    });
    updateApply();
}

void WhatIfPanel::load(const VmConfig& config)
{
    m_loading = true;
    const quint16 id = config.platform.deviceId.value_or(0x0001);
    m_platform->setCurrentIndex(!config.platform.enabled ? 2 : id == 0x0002 ? 1 : 0);
    m_platformRevision->setValue(config.platform.revision.value_or(Realization::defaultPlatformRevision(config)));
    m_vendor->setChecked(config.vendor.enabled);
    m_vendorId->setText(HexText::id(config.vendor.deviceId));
    m_vendorRevision->setValue(config.vendor.revision);
    m_flavour->setCurrentIndex(m_flavour->findData(DeviceText::flavourName(config.flavour)));
    m_windowsUpdate->setChecked(config.guest.windowsUpdate == WindowsUpdate::Automatic);
    m_blacklist->clear();
    m_publish->clear();
    m_loading = false;
    m_loaded = {};
    m_loaded = changes();
    updateApply();
}

QStringList WhatIfPanel::changes() const
{
    QStringList all;
    const QString platform = m_platform->currentData().toString();
    all << (platform == QLatin1String("off") ? QStringLiteral("platform-device=off")
                                             : QStringLiteral("platform-device=%1:0x%2")
                                                   .arg(platform)
                                                   .arg(HexText::digits(m_platformRevision->value(), 2)));
    all << (m_vendor->isChecked() ? QStringLiteral("vendor-device=%1:0x%2")
                                        .arg(m_vendorId->text().trimmed())
                                        .arg(HexText::digits(m_vendorRevision->value(), 2))
                                  : QStringLiteral("vendor-device=off"));
    all << QStringLiteral("flavour=") + m_flavour->currentData().toString();
    all << (m_windowsUpdate->isChecked() ? QStringLiteral("windows-update=automatic")
                                         : QStringLiteral("windows-update=off"));
    // Only what differs from the loaded VM is a change; the rest would be noise in the preview's diff.
    QStringList changed;
    for (const QString& c : std::as_const(all))
        if (!m_loaded.contains(c))
            changed << c;
    if (!m_blacklist->text().trimmed().isEmpty())
        changed << QStringLiteral("blacklist+=") + m_blacklist->text().trimmed();
    if (!m_publish->text().trimmed().isEmpty())
        changed << QStringLiteral("wu-publish+=") + m_publish->text().trimmed();
    return changed;
}

QStringList WhatIfPanel::appliableChanges() const
{
    QStringList appliable;
    const QStringList all = changes();
    for (const QString& text : all) {
        QString error;
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        if (!change || !change->isWhatIfOnly())
            appliable << text;
    }
    return appliable;
}

void WhatIfPanel::setWritable(bool writable)
{
    m_writable = writable;
    updateApply();
}

QString WhatIfPanel::applyBlocker() const
{
    if (!m_writable)
        return tr("The connection is read-only: reconnect read-write to apply a change.");
    const QStringList appliable = appliableChanges();
    if (appliable.isEmpty())
        return changes().isEmpty() ? tr("The controls describe no change.")
                                   : tr("A Windows Update publication is what-if only: it is never written to a VM.");
    // Checked here, not after the click: a half-typed device ID must not reach the push.
    for (const QString& text : appliable) {
        QString error;
        if (!ConfigChange::parse(text, &error))
            return tr("%1 is not a valid change: %2").arg(text, error);
    }
    return {};
}

void WhatIfPanel::updateApply()
{
    const QString blocker = applyBlocker();
    m_apply->setEnabled(blocker.isEmpty());
    m_apply->setToolTip(
        blocker.isEmpty() ? tr("Review the diff of %1 and write it").arg(appliableChanges().join(QStringLiteral(", ")))
                          : blocker);
}
