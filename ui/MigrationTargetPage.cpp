// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationTargetPage.h"

#include "model/core/DeviceText.h"
#include "model/core/MetadataCodec.h"
#include "model/migration/MigrationSession.h"
#include "model/migration/MigrationStepWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

MigrationTargetPage::MigrationTargetPage(MigrationSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_package(new QComboBox(this))
    , m_platformId(new QComboBox(this))
    , m_platformRevision(new QSpinBox(this))
    , m_vendor(new QCheckBox(tr("Expose the &vendor device (xen-pvdevice)"), this))
    , m_vendorId(new QSpinBox(this))
    , m_vendorRevision(new QSpinBox(this))
    , m_blacklist(
          new QCheckBox(tr("Keep the old drivers installed as a &fallback, behind a temporary blacklist entry"), this))
    , m_blacklistNote(new QLabel(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationTargetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("The driver package that should be in charge afterwards, and the devices the VM exposes for it."));
    m_package->setObjectName(QStringLiteral("migrationPackageCombo"));
    m_package->setAccessibleName(tr("Target driver package"));
    m_platformId->setObjectName(QStringLiteral("migrationPlatformIdCombo"));
    m_platformId->setAccessibleName(tr("Platform device ID"));
    m_platformId->addItem(tr("5853:0001 (Xen platform device)"), 0x0001);
    m_platformId->addItem(tr("5853:0002 (XenServer platform device)"), 0x0002);
    for (QSpinBox* spin : {m_platformRevision, m_vendorId, m_vendorRevision}) {
        spin->setDisplayIntegerBase(16);
        spin->setPrefix(QStringLiteral("0x"));
        spin->setRange(0, 0xff);
    }
    m_vendorId->setRange(0, 0xfffe);
    m_vendorId->setMinimumWidth(m_vendorId->fontMetrics().horizontalAdvance(QStringLiteral("0xcccc")) + 40);
    m_platformRevision->setObjectName(QStringLiteral("migrationPlatformRevisionSpin"));
    m_platformRevision->setAccessibleName(tr("Platform device revision"));
    m_vendor->setObjectName(QStringLiteral("migrationVendorCheck"));
    m_vendor->setAccessibleName(tr("Expose the vendor device"));
    m_vendorId->setObjectName(QStringLiteral("migrationVendorIdSpin"));
    m_vendorId->setAccessibleName(tr("Vendor device ID"));
    m_vendorRevision->setObjectName(QStringLiteral("migrationVendorRevisionSpin"));
    m_vendorRevision->setAccessibleName(tr("Vendor device revision"));
    m_blacklist->setObjectName(QStringLiteral("migrationBlacklistCheck"));
    m_blacklist->setAccessibleName(tr("Use a temporary blacklist entry"));
    m_blacklistNote->setObjectName(QStringLiteral("migrationBlacklistNote"));
    m_blacklistNote->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("migrationTargetPreview"));
    m_preview->setAccessibleName(tr("What the plan reaches"));
    m_preview->setWordWrap(true);

    auto platformRow = new QHBoxLayout;
    platformRow->addWidget(m_platformId, 1);
    platformRow->addWidget(new QLabel(tr("revision"), this));
    platformRow->addWidget(m_platformRevision);
    auto vendorRow = new QHBoxLayout;
    vendorRow->addWidget(m_vendor, 1);
    vendorRow->addWidget(new QLabel(tr("5853:"), this));
    vendorRow->addWidget(m_vendorId);
    vendorRow->addWidget(new QLabel(tr("revision"), this));
    vendorRow->addWidget(m_vendorRevision);
    auto form = new QFormLayout;
    form->addRow(tr("Driver &package:"), m_package);
    auto platformLabel = new QLabel(tr("P&latform device:"), this);
    platformLabel->setBuddy(m_platformId);
    form->addRow(platformLabel, platformRow);
    form->addRow(QString(), vendorRow);
    form->addRow(QString(), m_blacklist);
    form->addRow(QString(), m_blacklistNote);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1, Qt::AlignTop);

    connect(m_package, &QComboBox::currentIndexChanged, this, [this] {
        updateBlacklistChoice(true);
        replan();
    });
    connect(m_blacklist, &QCheckBox::toggled, this, &MigrationTargetPage::replan);
    connect(m_platformId, &QComboBox::currentIndexChanged, this, &MigrationTargetPage::replan);
    connect(m_platformRevision, &QSpinBox::valueChanged, this, &MigrationTargetPage::replan);
    connect(m_vendor, &QCheckBox::toggled, this, &MigrationTargetPage::replan);
    connect(m_vendorId, &QSpinBox::valueChanged, this, &MigrationTargetPage::replan);
    connect(m_vendorRevision, &QSpinBox::valueChanged, this, &MigrationTargetPage::replan);
}

void MigrationTargetPage::initializePage()
{
    const VmConfig& c = m_session->config();
    const MigrationPlanner& planner = m_session->planner();
    const DriverCatalogue& catalogue = planner.engine().catalogue();
    m_loading = true;
    m_package->clear();
    for (const QString& id : planner.targetPackages(c)) {
        const CataloguePackage* p = catalogue.find(id);
        m_package->addItem(tr("%1 (%2)").arg(p->name, id), id);
        m_package->setItemData(
            m_package->count() - 1,
            p->uncertain.isEmpty() ? p->source : tr("Uncertain: %1").arg(p->uncertain.join(QStringLiteral("; "))),
            Qt::ToolTipRole);
    }
    // What the flavour can realize (PRODUCT §3): other controls stay visible, so the reason can be read.
    using xp::device::Flavour;
    m_platformId->setEnabled(xp::device::managedByXapi(c.flavour));
    m_platformRevision->setEnabled(xp::device::managedByXapi(c.flavour));
    m_vendor->setEnabled(c.flavour != Flavour::QemuTraditional);
    m_vendorId->setEnabled(c.flavour == Flavour::QemuUpstream);
    m_vendorRevision->setEnabled(c.flavour == Flavour::QemuUpstream);
    const QString flavour = DeviceText::flavourName(c.flavour);
    const QString fixedPlatform =
        xp::device::managedByXapi(c.flavour)
            ? QString()
            : tr("The %1 device model has a fixed platform device 5853:0001 rev 01.").arg(flavour);
    m_platformId->setToolTip(fixedPlatform);
    m_platformRevision->setToolTip(fixedPlatform);
    m_vendor->setToolTip(c.flavour == Flavour::QemuTraditional ? tr("qemu-traditional has no xen-pvdevice.")
                                                               : QString());
    const QString fixedVendor = xp::device::managedByXapi(c.flavour)
                                    ? tr("XenServer's has-vendor-device can only add 5853:c000 rev 01.")
                                    : QString();
    m_vendorId->setToolTip(fixedVendor);
    m_vendorRevision->setToolTip(fixedVendor);
    m_loading = false;
    load(m_session->hasPlan() ? m_session->plan().target : planner.suggestedTarget(c));
}

void MigrationTargetPage::load(const MigrationTarget& t)
{
    m_loading = true;
    m_package->setCurrentIndex(qMax(0, m_package->findData(t.package)));
    m_platformId->setCurrentIndex(qMax(0, m_platformId->findData(t.platformDeviceId)));
    m_platformRevision->setValue(t.platformRevision);
    m_vendor->setChecked(t.vendorEnabled);
    m_vendorId->setValue(t.vendorDeviceId);
    m_vendorRevision->setValue(t.vendorRevision);
    m_blacklist->setChecked(t.temporaryBlacklist);
    m_loading = false;
    // A plan of this session keeps its choice; a fresh one gets the default for this host.
    updateBlacklistChoice(!m_session->hasPlan());
    replan();
}

MigrationTarget MigrationTargetPage::target() const
{
    MigrationTarget t;
    t.package = m_package->currentData().toString();
    t.platformDeviceId = quint16(m_platformId->currentData().toUInt());
    t.platformRevision = quint8(m_platformRevision->value());
    t.vendorEnabled = m_vendor->isChecked();
    t.vendorDeviceId = quint16(m_vendorId->value());
    t.vendorRevision = quint8(m_vendorRevision->value());
    // Where no entry applies the choice means nothing; the default keeps the stored target the same.
    t.temporaryBlacklist = m_blacklist->isChecked() || !m_blacklist->isEnabled();
    return t;
}

void MigrationTargetPage::updateBlacklistChoice(bool chooseDefault)
{
    if (m_loading)
        return;
    const MigrationPlanner& planner = m_session->planner();
    MigrationTarget t = target();
    const QList<BlacklistItem> entries = planner.temporaryBlacklist(m_session->config(), t);
    m_blacklist->setEnabled(!entries.isEmpty());
    if (entries.isEmpty()) {
        m_blacklistNote->setText(tr("Not needed for this target: the device model cannot stop the old drivers with "
                                    "a blacklist entry, or there are none to stop."));
        return;
    }
    QStringList names;
    for (const BlacklistItem& e : entries)
        names << tr("%1 build %2").arg(MetadataCodec::productName(e.product)).arg(e.firstBuild);
    const QStringList peers = planner.blacklistPeers(m_session->config(), t, m_session->hostPeers());
    QString note = tr("The entry (%1) keeps the old drivers from starting while the new ones are installed next to "
                      "them, and is lifted at the end.")
                       .arg(names.join(QStringLiteral(", ")));
    if (!peers.isEmpty())
        note += QLatin1Char(' ') + tr("It is host-wide (a xenstore key in dom0): %1 run the same build and would lose "
                                      "their PV drivers if started while it exists. Without it, the old drivers are "
                                      "uninstalled first.")
                                       .arg(peers.join(QStringLiteral(", ")));
    m_blacklistNote->setText(note);
    if (chooseDefault) {
        const QSignalBlocker blocker(m_blacklist);
        m_blacklist->setChecked(peers.isEmpty());
    }
}

void MigrationTargetPage::replan()
{
    if (m_loading)
        return;
    const MigrationPlan plan = m_session->planner().plan(m_session->config(), target());
    m_session->setPlan(plan);
    QString text;
    if (!plan.isValid()) {
        text = tr("No plan: %1").arg(plan.refusal);
    } else {
        text = tr("%n step(s). ", nullptr, plan.size());
        if (plan.errorSteps() > 0)
            text += tr("%n step(s) end in a boot with an error finding. ", nullptr, plan.errorSteps());
        text += tr("After the last step: %1.").arg(MigrationStepWriter::bootSummary(plan.outcomeAfter(plan.size())));
        if (!plan.notes.isEmpty())
            text += QStringLiteral("\n\n") + plan.notes.join(QLatin1Char('\n'));
    }
    m_preview->setText(text);
    emit completeChanged();
}

bool MigrationTargetPage::isComplete() const
{
    const MigrationPlan& plan = m_session->plan();
    return m_session->hasPlan() && plan.isValid() && plan.size() > 0 && plan.reachesTarget;
}
