// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "UiDriver.h"
#include "ui/ChangeEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The change editor composes --set changes from its form, accepts typed ones, and never lets an invalid or
// what-if-only change into the list.
namespace {

using Kind = ConfigChange::Kind;

using UiDriver::set;

} // namespace

class tst_ChangeEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void composes_data();
    void composes();
    void invalidInputDisablesAdd_data();
    void invalidInputDisablesAdd();
    void duplicateIsRefused();
    void singleValuedSettingIsReplaced();
    void removeTakesTheSelectedChange();
    void typedChangeIsAddedWithReturn();
    void everyFlavourIsOfferedWithWhatItIs();

private:
    void chooseKind(Kind kind);
    QPushButton* addButton() const { return m_editor->findChild<QPushButton*>(QStringLiteral("changeAdd")); }
    QLabel* errorLabel() const { return m_editor->findChild<QLabel*>(QStringLiteral("changeError")); }
    QListWidget* list() const { return m_editor->findChild<QListWidget*>(QStringLiteral("changeList")); }

    ChangeEditor* m_editor = nullptr;
};

void tst_ChangeEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ChangeEditor::init()
{
    m_editor = new ChangeEditor;
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void tst_ChangeEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void tst_ChangeEditor::everyFlavourIsOfferedWithWhatItIs()
{
    // Issue 16: today's XenServer and its 7.x predecessor are two choices, and each says what it is (facts §10.1,
    // §10.11: qemu-traditional only on old Xen hosts).
    auto combo = m_editor->findChild<QComboBox*>(QStringLiteral("changeFlavour"));
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i) {
        names << combo->itemData(i).toString();
        QVERIFY2(!combo->itemData(i, Qt::ToolTipRole).toString().isEmpty(), qPrintable(names.last()));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("qemu-upstream"), QStringLiteral("qemu-traditional"),
                                 QStringLiteral("xenserver"), QStringLiteral("xenserver-trad")}));
    const int trad = combo->findData(QStringLiteral("qemu-traditional"));
    QVERIFY(combo->itemData(trad, Qt::ToolTipRole).toString().contains(QLatin1String("2020")));
}

void tst_ChangeEditor::chooseKind(Kind kind)
{
    auto combo = m_editor->findChild<QComboBox*>(QStringLiteral("changeKind"));
    QVERIFY(combo);
    const int index = combo->findData(int(kind));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void tst_ChangeEditor::composes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("expected");

    QTest::newRow("platform-id-and-revision")
        << int(Kind::PlatformDevice)
        << QVariantMap{{QStringLiteral("changePlatformId"), QStringLiteral("0x0002")},
                       {QStringLiteral("changePlatformRevision"), QStringLiteral("0x02")}}
        << QStringLiteral("platform-device=0x0002:0x02");
    QTest::newRow("platform-default-revision")
        << int(Kind::PlatformDevice) << QVariantMap{{QStringLiteral("changePlatformId"), QStringLiteral("0x0001")}}
        << QStringLiteral("platform-device=0x0001");
    QTest::newRow("platform-off") << int(Kind::PlatformDevice)
                                  << QVariantMap{{QStringLiteral("changePlatformOff"), true}}
                                  << QStringLiteral("platform-device=off");
    QTest::newRow("vendor-id") << int(Kind::VendorDevice)
                               << QVariantMap{{QStringLiteral("changeVendorId"), QStringLiteral("0xc000")},
                                              {QStringLiteral("changeVendorRevision"), QStringLiteral("0x01")}}
                               << QStringLiteral("vendor-device=0xc000:0x01");
    QTest::newRow("vendor-off") << int(Kind::VendorDevice) << QVariantMap{{QStringLiteral("changeVendorOff"), true}}
                                << QStringLiteral("vendor-device=off");
    QTest::newRow("flavour") << int(Kind::Flavour)
                             << QVariantMap{{QStringLiteral("changeFlavour"), QStringLiteral("qemu-traditional")}}
                             << QStringLiteral("flavour=qemu-traditional");
    QTest::newRow("blacklist-add-range") << int(Kind::BlacklistAdd)
                                         << QVariantMap{{QStringLiteral("changeProduct"),
                                                         QStringLiteral("xensource-windows")},
                                                        {QStringLiteral("changeBuilds"), QStringLiteral("60-70")}}
                                         << QStringLiteral("blacklist+=xensource-windows:60-70");
    QTest::newRow("blacklist-remove-build") << int(Kind::BlacklistRemove)
                                            << QVariantMap{{QStringLiteral("changeProduct"), QStringLiteral("linux")},
                                                           {QStringLiteral("changeBuilds"), QStringLiteral("1")}}
                                            << QStringLiteral("blacklist-=linux:1");
    QTest::newRow("windows-update-automatic")
        << int(Kind::WindowsUpdate) << QVariantMap{{QStringLiteral("changeWindowsUpdate"), QStringLiteral("automatic")}}
        << QStringLiteral("windows-update=automatic");
    QTest::newRow("windows-update-off") << int(Kind::WindowsUpdate)
                                        << QVariantMap{{QStringLiteral("changeWindowsUpdate"), QStringLiteral("off")}}
                                        << QStringLiteral("windows-update=off");
    QTest::newRow("driver-add") << int(Kind::DriverAdd)
                                << QVariantMap{{QStringLiteral("changePackage"), QStringLiteral("xenserver-vmtools-9")}}
                                << QStringLiteral("driver+=xenserver-vmtools-9");
    QTest::newRow("driver-remove") << int(Kind::DriverRemove)
                                   << QVariantMap{{QStringLiteral("changePackage"),
                                                   QStringLiteral("citrix-legacy-6.0")}}
                                   << QStringLiteral("driver-=citrix-legacy-6.0");
    // Issue 17: push options with no fields of their own, only an explanation.
    QTest::newRow("take-over") << int(Kind::TakeOver) << QVariantMap{} << QStringLiteral("take-over=vendor-device");
    QTest::newRow("override-host-check") << int(Kind::Override) << QVariantMap{}
                                         << QStringLiteral("override=host-check");
}

void tst_ChangeEditor::composes()
{
    QFETCH(int, kind);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, expected);
    QSignalSpy changed(m_editor, &ChangeEditor::changesChanged);
    chooseKind(Kind(kind));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        set(m_editor, it.key(), it.value());

    QCOMPARE(m_editor->findChild<QLineEdit*>(QStringLiteral("changeText"))->text(), expected);
    QVERIFY2(m_editor->pendingError().isEmpty(), qPrintable(m_editor->pendingError()));
    QVERIFY(!errorLabel()->isVisible());
    QVERIFY(addButton()->isEnabled());
    QTest::mouseClick(addButton(), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->changes().size(), 1);
    QCOMPARE(m_editor->changes().first().text(), expected);
    QCOMPARE(int(m_editor->changes().first().kind()), kind);
    QCOMPARE(list()->count(), 1);
    QCOMPARE(list()->item(0)->text(), expected);
}

void tst_ChangeEditor::invalidInputDisablesAdd_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("reason");

    QTest::newRow("platform-id-not-a-number")
        << int(Kind::PlatformDevice) << QVariantMap{{QStringLiteral("changePlatformId"), QStringLiteral("0xzz")}}
        << QStringLiteral("expected off, default[:REV] or ID[:REV]");
    QTest::newRow("platform-revision-too-big")
        << int(Kind::PlatformDevice)
        << QVariantMap{{QStringLiteral("changePlatformId"), QStringLiteral("0x0002")},
                       {QStringLiteral("changePlatformRevision"), QStringLiteral("0x100")}}
        << QStringLiteral("8-bit revision");
    QTest::newRow("vendor-id-ffff") << int(Kind::VendorDevice)
                                    << QVariantMap{{QStringLiteral("changeVendorId"), QStringLiteral("0xffff")}}
                                    << QStringLiteral("refuses device ID 0xffff");
    QTest::newRow("blacklist-inverted-range")
        << int(Kind::BlacklistAdd) << QVariantMap{{QStringLiteral("changeBuilds"), QStringLiteral("70-60")}}
        << QStringLiteral("FIRST not above LAST");
    QTest::newRow("blacklist-no-build") << int(Kind::BlacklistRemove) << QVariantMap{}
                                        << QStringLiteral("PRODUCT:BUILD");
    QTest::newRow("typed-what-if-only")
        << int(Kind::DriverAdd)
        << QVariantMap{{QStringLiteral("changeText"), QStringLiteral("wu-publish+=xenserver-vmtools-9@PCI\\VEN_5853")}}
        << QStringLiteral("what-if only");
    QTest::newRow("typed-unknown-key") << int(Kind::Flavour)
                                       << QVariantMap{{QStringLiteral("changeText"), QStringLiteral("memory=4096")}}
                                       << QStringLiteral("unknown key");
    QTest::newRow("typed-bad-package") << int(Kind::DriverAdd)
                                       << QVariantMap{{QStringLiteral("changeText"), QStringLiteral("driver+=bad id")}}
                                       << QStringLiteral("package id");
}

void tst_ChangeEditor::invalidInputDisablesAdd()
{
    QFETCH(int, kind);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, reason);
    QSignalSpy changed(m_editor, &ChangeEditor::changesChanged);
    chooseKind(Kind(kind));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        set(m_editor, it.key(), it.value());

    QVERIFY(!addButton()->isEnabled());
    QVERIFY(errorLabel()->isVisible());
    QVERIFY2(errorLabel()->text().contains(reason), qPrintable(errorLabel()->text()));
    QCOMPARE(m_editor->pendingError(), errorLabel()->text());
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QTest::keyClick(m_editor->findChild<QLineEdit*>(QStringLiteral("changeText")), Qt::Key_Return);
    QVERIFY(m_editor->changes().isEmpty());
    QCOMPARE(changed.count(), 0);
    QString error;
    QVERIFY(!m_editor->addChange(m_editor->pendingText(), &error));
    QVERIFY2(!error.isEmpty(), qPrintable(m_editor->pendingText()));
}

void tst_ChangeEditor::duplicateIsRefused()
{
    chooseKind(Kind::BlacklistAdd);
    set(m_editor, QStringLiteral("changeBuilds"), QStringLiteral("60"));
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QCOMPARE(m_editor->changes().size(), 1);
    QVERIFY(!addButton()->isEnabled());
    QVERIFY2(errorLabel()->text().contains(QLatin1String("already in the list")), qPrintable(errorLabel()->text()));
    QString error;
    QVERIFY(!m_editor->addChange(QStringLiteral("blacklist+=xensource-windows:60"), &error));
    QVERIFY(error.contains(QLatin1String("already in the list")));
    // Another build is a different entry.
    set(m_editor, QStringLiteral("changeBuilds"), QStringLiteral("61"));
    QVERIFY(addButton()->isEnabled());
    QTest::mouseClick(addButton(), Qt::LeftButton);
    QCOMPARE(m_editor->changeTexts(), (QStringList{QStringLiteral("blacklist+=xensource-windows:60"),
                                                   QStringLiteral("blacklist+=xensource-windows:61")}));
}

void tst_ChangeEditor::singleValuedSettingIsReplaced()
{
    QVERIFY(m_editor->addChange(QStringLiteral("platform-device=0x0002")));
    QVERIFY(m_editor->addChange(QStringLiteral("blacklist+=linux:1")));
    QVERIFY(m_editor->addChange(QStringLiteral("platform-device=off")));
    QCOMPARE(m_editor->changeTexts(),
             (QStringList{QStringLiteral("platform-device=off"), QStringLiteral("blacklist+=linux:1")}));
    QCOMPARE(list()->item(0)->text(), QStringLiteral("platform-device=off"));
    QCOMPARE(list()->count(), 2);
}

void tst_ChangeEditor::removeTakesTheSelectedChange()
{
    QVERIFY(m_editor->addChange(QStringLiteral("driver+=linux")));
    QVERIFY(m_editor->addChange(QStringLiteral("windows-update=off")));
    QSignalSpy changed(m_editor, &ChangeEditor::changesChanged);
    auto remove = m_editor->findChild<QPushButton*>(QStringLiteral("changeRemove"));
    list()->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_editor->changeTexts(), QStringList{QStringLiteral("windows-update=off")});
    list()->setCurrentRow(0);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(m_editor->changes().isEmpty());
    QCOMPARE(list()->count(), 0);
    QVERIFY(!remove->isEnabled());
}

void tst_ChangeEditor::typedChangeIsAddedWithReturn()
{
    auto text = m_editor->findChild<QLineEdit*>(QStringLiteral("changeText"));
    text->clear();
    QTest::keyClicks(text, QStringLiteral("  blacklist+=gplpv-windows:1-9 "));
    QVERIFY(addButton()->isEnabled());
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(m_editor->changeTexts(), QStringList{QStringLiteral("blacklist+=gplpv-windows:1-9")});
    QCOMPARE(m_editor->changes().first().kind(), Kind::BlacklistAdd);
}

QTEST_MAIN(tst_ChangeEditor)
#include "tst_ChangeEditor.moc"
