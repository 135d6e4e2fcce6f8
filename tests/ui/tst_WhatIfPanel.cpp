// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "UiDriver.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Translator.h"
#include "model/core/VmConfig.h"
#include "model/libvirt/LibvirtSession.h"
#include "ui/WhatIfPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

// The What if panel's Apply: enabled only for a change that can be written on a writable connection, and what
// it asks to write is the --set text xpctl apply takes, without the what-if-only publications.
namespace {

using UiDriver::set;

using Edits = QList<QPair<QString, QVariant>>;

/// The mnemonic letter of a label or button text, lower case; null when it has none.
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Edits)

class tst_WhatIfPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyButton_data();
    void applyButton();
    void writableFollowsTheConnection();
    void loadingAVmDescribesNoChange();
    void mnemonicIsItsOwn();

private:
    QHash<QString, VmConfig> m_configs;
};

void tst_WhatIfPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translator::install(*qApp, QStringLiteral("en"));
    LibvirtSession session;
    const QString uri = DataPaths::demoNodeUri();
    const LibvirtResult opened = session.open(uri, true);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = session.listDomains(&domains, true);
    QVERIFY2(listed.ok(), qPrintable(listed.message));
    for (const DomainSnapshot& d : std::as_const(domains)) {
        VmConfig config;
        QVERIFY2(DomainXmlReader::read(d, uri, config), qPrintable(d.name));
        m_configs.insert(d.name, config);
    }
    // What the rows below rely on.
    QVERIFY(!m_configs[QStringLiteral("print-01")].vendor.enabled);
    QVERIFY(m_configs[QStringLiteral("dc-01")].vendor.enabled);
    QCOMPARE(m_configs[QStringLiteral("erp-db-01")].guest.windowsUpdate, WindowsUpdate::Automatic);
}

void tst_WhatIfPanel::applyButton_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<QStringList>("applied"); // empty: Apply stays disabled
    QTest::addColumn<QString>("reason");

    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    const QString vendor = s("whatIfVendor");
    QTest::newRow("no-change") << s("print-01") << Edits{} << true << QStringList{} << s("no change");
    QTest::newRow("no-change-read-only") << s("print-01") << Edits{} << false << QStringList{} << s("read-only");
    QTest::newRow("vendor-device-on") << s("print-01") << Edits{{vendor, true}} << true
                                      << QStringList{s("vendor-device=0xc000:0x01")} << QString();
    QTest::newRow("vendor-device-on-read-only")
        << s("print-01") << Edits{{vendor, true}} << false << QStringList{} << s("read-only");
    QTest::newRow("vendor-device-off") << s("dc-01") << Edits{{vendor, false}} << true
                                       << QStringList{s("vendor-device=off")} << QString();
    QTest::newRow("vendor-device-bad-id") << s("print-01") << Edits{{vendor, true}, {s("whatIfVendorId"), s("0xzz")}}
                                          << true << QStringList{} << s("not a valid change");
    QTest::newRow("platform-device-off") << s("print-01") << Edits{{s("whatIfPlatform"), s("off")}} << true
                                         << QStringList{s("platform-device=off")} << QString();
    QTest::newRow("platform-device-0002")
        << s("print-01") << Edits{{s("whatIfPlatform"), s("0x0002")}, {s("whatIfPlatformRevision"), 2}} << true
        << QStringList{s("platform-device=0x0002:0x02")} << QString();
    QTest::newRow("device-model") << s("print-01") << Edits{{s("whatIfFlavour"), s("xenserver")}} << true
                                  << QStringList{s("flavour=xenserver")} << QString();
    QTest::newRow("windows-update-off") << s("erp-db-01") << Edits{{s("whatIfWindowsUpdate"), false}} << true
                                        << QStringList{s("windows-update=off")} << QString();
    QTest::newRow("blacklist-entry") << s("print-01") << Edits{{s("whatIfBlacklist"), s("xensource-windows:60-62")}}
                                     << true << QStringList{s("blacklist+=xensource-windows:60-62")} << QString();
    QTest::newRow("publication-only") << s("print-01")
                                      << Edits{{s("whatIfPublish"), s("xenserver-vmtools-9@PCI\\VEN_5853&DEV_0001")}}
                                      << true << QStringList{} << s("what-if only");
    QTest::newRow("publication-and-device-model")
        << s("print-01")
        << Edits{{s("whatIfPublish"), s("xenserver-vmtools-9@PCI\\VEN_5853&DEV_0001")},
                 {s("whatIfFlavour"), s("qemu-traditional")}}
        << true << QStringList{s("flavour=qemu-traditional")} << QString();
    QTest::newRow("several") << s("erp-db-01")
                             << Edits{{s("whatIfWindowsUpdate"), false},
                                      {s("whatIfBlacklist"), s("xensource-windows:60")},
                                      {s("whatIfFlavour"), s("qemu-upstream")}}
                             << true
                             << QStringList{s("flavour=qemu-upstream"), s("windows-update=off"),
                                            s("blacklist+=xensource-windows:60")}
                             << QString();
}

void tst_WhatIfPanel::applyButton()
{
    QFETCH(QString, vm);
    QFETCH(Edits, edits);
    QFETCH(bool, writable);
    QFETCH(QStringList, applied);
    QFETCH(QString, reason);
    QVERIFY(m_configs.contains(vm));
    WhatIfPanel panel;
    panel.load(m_configs[vm]);
    panel.setWritable(writable);
    for (const auto& [name, value] : edits)
        set(&panel, name, value);
    panel.show();
    auto apply = panel.findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    QVERIFY(apply);
    QCOMPARE(apply->isEnabled(), !applied.isEmpty());
    if (applied.isEmpty())
        QVERIFY2(apply->toolTip().contains(reason), qPrintable(apply->toolTip()));

    QSignalSpy requested(&panel, &WhatIfPanel::applyRequested);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(requested.count(), applied.isEmpty() ? 0 : 1);
    if (applied.isEmpty())
        return;
    const QStringList changes = requested.first().first().toStringList();
    QCOMPARE(changes, applied);
    // Every one is a change xpctl apply --set takes.
    for (const QString& text : changes) {
        QString error;
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        QVERIFY2(change, qPrintable(error));
        QVERIFY(!change->isWhatIfOnly());
    }
}

void tst_WhatIfPanel::writableFollowsTheConnection()
{
    WhatIfPanel panel;
    panel.load(m_configs[QStringLiteral("print-01")]);
    auto apply = panel.findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    // Read-only until told otherwise: a panel nobody wired must not offer a write.
    QVERIFY(!panel.isWritable());
    set(&panel, QStringLiteral("whatIfFlavour"), QStringLiteral("xenserver"));
    QVERIFY(!apply->isEnabled());
    panel.setWritable(true);
    QVERIFY(apply->isEnabled());
    QVERIFY(panel.applyBlocker().isEmpty());
    panel.setWritable(false);
    QVERIFY(!apply->isEnabled());
    QVERIFY2(apply->toolTip().contains(QLatin1String("read-only")), qPrintable(apply->toolTip()));
}

void tst_WhatIfPanel::loadingAVmDescribesNoChange()
{
    WhatIfPanel panel;
    panel.setWritable(true);
    panel.load(m_configs[QStringLiteral("print-01")]);
    auto apply = panel.findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    set(&panel, QStringLiteral("whatIfBlacklist"), QStringLiteral("linux:3"));
    QVERIFY(apply->isEnabled());
    // Another VM (or the same one read again) starts from what it holds: nothing to apply.
    panel.load(m_configs[QStringLiteral("dc-01")]);
    QVERIFY(panel.changes().isEmpty());
    QVERIFY(!apply->isEnabled());
}

void tst_WhatIfPanel::mnemonicIsItsOwn()
{
    WhatIfPanel panel;
    auto apply = panel.findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    const QChar own = mnemonic(apply->text());
    QVERIFY(!own.isNull());
    int uses = 0;
    for (const QLabel* label : panel.findChildren<QLabel*>())
        uses += mnemonic(label->text()) == own ? 1 : 0;
    for (const QAbstractButton* button : panel.findChildren<QAbstractButton*>())
        uses += mnemonic(button->text()) == own ? 1 : 0;
    QCOMPARE(uses, 1);
}

QTEST_MAIN(tst_WhatIfPanel)
#include "tst_WhatIfPanel.moc"
