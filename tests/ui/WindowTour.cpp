// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WindowTour.h"

#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/RecentConnections.h"
#include "model/fleet/VmListModel.h"
#include "model/migration/MigrationSession.h"
#include "ui/BlacklistEditor.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ChangeEditor.h"
#include "ui/ConnectionDialog.h"
#include "ui/CredentialDialog.h"
#include "ui/FleetWhatIfDialog.h"
#include "ui/MainWindow.h"
#include "ui/MigrationWizard.h"
#include "ui/PushDialog.h"
#include "ui/StrategiesDialog.h"
#include "ui/VmDetailsView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

const QStringList kWindows{QStringLiteral("mainWindow"),        QStringLiteral("connectionDialog"),
                           QStringLiteral("credentialDialog"),  QStringLiteral("bulkChangeDialog"),
                           QStringLiteral("pushDialog"),        QStringLiteral("migrationWizard"),
                           QStringLiteral("fleetWhatIfDialog"), QStringLiteral("strategiesDialog")};

/// The demo node, read-write (the test driver keeps writes inside this process's connection).
struct DemoFleet
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    Fleet fleet{engine, &vms};

    bool load()
    {
        QSignalSpy loaded(&fleet, &Fleet::loaded);
        fleet.open(DataPaths::demoNodeUri(), false);
        return loaded.wait(10000);
    }
    QString key(const QString& name) const
    {
        for (int r = 0; r < vms.rowCount(); ++r)
            if (vms.row(r).name == name)
                return vms.row(r).key;
        return {};
    }
};

/// The demo node as the console's connection list holds it, for the fleet dialogs.
struct DemoConnections
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};

    bool load()
    {
        Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
        QSignalSpy loaded(fleet, &Fleet::loaded);
        return loaded.wait(10000);
    }
};

/// Lets posted layout requests and deferred resizes run, so sizes are what the user would see.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool show(QWidget* window)
{
    window->show();
    const bool exposed = QTest::qWaitForWindowExposed(window);
    settle();
    return exposed;
}

bool fail(QString* error, const QString& what)
{
    *error = what;
    return false;
}

template<typename T>
T* child(const QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

/// Presses the button of the wizard's next step (Apply or Done) and waits until the step is recorded.
bool completeNextStep(MigrationWizard& wizard)
{
    const int before = wizard.session()->completed();
    auto apply = child<QPushButton>(&wizard, "migrationApplyButton");
    auto confirm = child<QPushButton>(&wizard, "migrationConfirmButton");
    QPushButton* button = apply->isVisible() ? apply : confirm;
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QSignalSpy pushed(wizard.session(), &MigrationSession::pushFinished);
    button->click();
    return pushed.wait(10000) && wizard.session()->completed() == before + 1;
}

} // namespace

QStringList WindowTour::windows()
{
    return kWindows;
}

QStringList WindowTour::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

bool WindowTour::installLanguage(const QString& language)
{
    // Translator::install parents its translators to the application; drop those of the previous language.
    const QList<QTranslator*> installed = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    return Translator::install(*qApp, language).startsWith(language);
}

bool WindowTour::run(const QString& window, const Visitor& visit, QString* error)
{
    // Remembered sizes, columns and fields of an earlier row must not change what this one sees.
    QSettings().clear();
    if (window == QLatin1String("mainWindow"))
        return mainWindow(visit, error);
    if (window == QLatin1String("connectionDialog"))
        return connectionDialog(visit, error);
    if (window == QLatin1String("credentialDialog"))
        return credentialDialog(visit, error);
    if (window == QLatin1String("bulkChangeDialog"))
        return bulkChangeDialog(visit, error);
    if (window == QLatin1String("pushDialog"))
        return pushDialog(visit, error);
    if (window == QLatin1String("migrationWizard"))
        return migrationWizard(visit, error);
    if (window == QLatin1String("fleetWhatIfDialog"))
        return fleetWhatIfDialog(visit, error);
    if (window == QLatin1String("strategiesDialog"))
        return strategiesDialog(visit, error);
    return fail(error, QStringLiteral("no window %1").arg(window));
}

bool WindowTour::mainWindow(const Visitor& visit, QString* error)
{
    VmListModel vms;
    const BindingEngine engine(DriverCatalogue::shipped());
    ConnectionListModel connections(engine, &vms);
    MainWindow window(&vms, &connections);
    window.resize(kMainWidth, kMainHeight);
    if (!show(&window))
        return fail(error, QStringLiteral("main window not exposed"));
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    if (!loaded.wait(10000))
        return fail(error, QStringLiteral("demo fleet not loaded"));
    settle();
    BlacklistEditor* editor = window.details()->blacklistEditor();
    editor->setDiscardPrompt([](const QString&, const QString&) { return true; });
    // erp-db-01 shows the most: findings, the migrate button, guest facts, an unplug handshake.
    if (!window.selectVm(QStringLiteral("erp-db-01")))
        return fail(error, QStringLiteral("no erp-db-01"));
    const QList<std::pair<const char*, const char*>> tabs{
        {"bindingTab", "Binding tab"}, {"whatIfTab", "What if tab"}, {"blacklistTab", "Blacklist tab"},
        {"devicesTab", "Devices tab"}, {"guestTab", "Guest tab"},    {"unplugTab", "Unplug tab"},
        {"xmlTab", "XML tab"}};
    for (const auto& [name, state] : tabs) {
        if (!window.details()->selectTab(QLatin1String(name)))
            return fail(error, QStringLiteral("no tab %1").arg(QLatin1String(name)));
        settle();
        visit(&window, QLatin1String(state));
    }
    // A VM with entries, then one being added: the pending state renames the tab and shows more controls.
    if (!window.selectVm(QStringLiteral("hr-legacy-01")) ||
        !window.details()->selectTab(QStringLiteral("blacklistTab")))
        return fail(error, QStringLiteral("no hr-legacy-01 blacklist"));
    settle();
    visit(&window, QStringLiteral("Blacklist tab with an entry"));
    editor->findChild<QAction*>(QStringLiteral("blacklistAdd"))->trigger();
    settle();
    visit(&window, QStringLiteral("Blacklist tab, entry being added"));
    editor->revert();
    return true;
}

bool WindowTour::connectionDialog(const Visitor& visit, QString* error)
{
    // Recent connections show the list and its label.
    RecentConnections::remember(QStringLiteral("xen+ssh://root@xen1.example.com/"), true);
    RecentConnections::remember(DataPaths::demoNodeUri(), false);
    ConnectionDialog dialog;
    if (!show(&dialog))
        return fail(error, QStringLiteral("connection dialog not exposed"));
    auto preset = child<QComboBox>(&dialog, "connectionPreset");
    if (!preset)
        return fail(error, QStringLiteral("no preset combo"));
    for (int i = 0; i < preset->count(); ++i) {
        preset->setCurrentIndex(i);
        settle();
        visit(&dialog, QStringLiteral("preset %1").arg(i + 1));
    }
    return true;
}

bool WindowTour::credentialDialog(const Visitor& visit, QString* error)
{
    using Type = LibvirtCredential::Type;
    const auto question = [](Type type, const QString& prompt) {
        LibvirtCredential credential;
        credential.type = type;
        credential.prompt = prompt;
        return credential;
    };
    // libvirt's own prompts, then the labels the dialog falls back to when a prompt is empty.
    CredentialDialog login(QStringLiteral("qemu+tcp://kvm1/system"),
                           {question(Type::AuthName, QStringLiteral("Please enter your authentication name")),
                            question(Type::Passphrase, QStringLiteral("Please enter your password:"))});
    if (!show(&login))
        return fail(error, QStringLiteral("credential dialog not exposed"));
    visit(&login, QStringLiteral("libvirt's prompts"));
    login.close();
    CredentialDialog fallback(QStringLiteral("xen+tls://xen1/system"),
                              {question(Type::Username, {}), question(Type::Passphrase, {}), question(Type::Realm, {}),
                               question(Type::Language, {}), question(Type::CNonce, {}),
                               question(Type::EchoPrompt, {})});
    if (!show(&fallback))
        return fail(error, QStringLiteral("credential dialog not exposed"));
    visit(&fallback, QStringLiteral("labels without prompts"));
    return true;
}

bool WindowTour::bulkChangeDialog(const Visitor& visit, QString* error)
{
    DemoFleet demo;
    if (!demo.load())
        return fail(error, QStringLiteral("demo fleet not loaded"));
    BulkChangeDialog dialog(&demo.fleet, {demo.key(QStringLiteral("erp-db-01")), demo.key(QStringLiteral("web-01")),
                                          demo.key(QStringLiteral("hr-legacy-01"))});
    dialog.setConfirmer([](QWidget*, const QString&) { return true; });
    if (!show(&dialog))
        return fail(error, QStringLiteral("bulk change dialog not exposed"));
    auto kind = child<QComboBox>(&dialog, "changeKind");
    if (!kind)
        return fail(error, QStringLiteral("no change kind combo"));
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        settle();
        visit(&dialog, QStringLiteral("change kind %1").arg(i + 1));
    }
    // A composed change fills the preview table and the list.
    QString problem;
    if (!dialog.editor()->addChange(QStringLiteral("blacklist+=xensource-windows:60"), &problem))
        return fail(error, problem);
    settle();
    visit(&dialog, QStringLiteral("a change composed"));
    return true;
}

bool WindowTour::fleetWhatIfDialog(const Visitor& visit, QString* error)
{
    DemoConnections demo;
    if (!demo.load())
        return fail(error, QStringLiteral("demo fleet not loaded"));
    FleetWhatIfDialog dialog(&demo.connections);
    // The size it gets on a 1024x700 screen (ScreenFit); the offscreen platform's own screen is 800x600.
    dialog.resize(QSize(980, 720).boundedTo(QSize(kMainWidth - 16, kMainHeight - 40)));
    if (!show(&dialog))
        return fail(error, QStringLiteral("fleet what-if not exposed"));
    visit(&dialog, QStringLiteral("nothing composed"));
    QString problem;
    if (!dialog.editor()->addChange(QStringLiteral("platform-device=0x0002:2"), &problem))
        return fail(error, problem);
    QSignalSpy finished(&dialog, &FleetWhatIfDialog::finished);
    dialog.run();
    if (!finished.wait(20000))
        return fail(error, QStringLiteral("fleet what-if did not finish"));
    settle();
    visit(&dialog, QStringLiteral("previewed"));
    dialog.showClass(WhatIfOutcome::Class::Breaks);
    settle();
    visit(&dialog, QStringLiteral("one outcome shown"));
    return true;
}

bool WindowTour::strategiesDialog(const Visitor& visit, QString* error)
{
    DemoConnections demo;
    if (!demo.load())
        return fail(error, QStringLiteral("demo fleet not loaded"));
    StrategiesDialog dialog(&demo.connections);
    dialog.resize(QSize(1000, 720).boundedTo(QSize(kMainWidth - 16, kMainHeight - 40)));
    if (!show(&dialog))
        return fail(error, QStringLiteral("strategies not exposed"));
    visit(&dialog, QStringLiteral("before the run"));
    QSignalSpy finished(&dialog, &StrategiesDialog::finished);
    dialog.run();
    if (!finished.wait(20000))
        return fail(error, QStringLiteral("strategies did not finish"));
    settle();
    visit(&dialog, QStringLiteral("previewed"));
    dialog.showCell(1, WhatIfOutcome::Class::Breaks);
    settle();
    visit(&dialog, QStringLiteral("one cell shown"));
    return true;
}

bool WindowTour::pushDialog(const Visitor& visit, QString* error)
{
    DemoFleet demo;
    if (!demo.load())
        return fail(error, QStringLiteral("demo fleet not loaded"));
    QString problem;
    const std::optional<ConfigChange> change =
        ConfigChange::parse(QStringLiteral("blacklist+=xensource-windows:61"), &problem);
    if (!change)
        return fail(error, problem);
    QList<PushItem> items;
    for (const char* name : {"erp-db-01", "hr-legacy-01", "web-01"})
        items.append(DomainPush::prepareOn(demo.fleet.uri(), demo.fleet.record(demo.key(QLatin1String(name)))->snapshot,
                                           {*change}));
    PushDialog dialog(QStringLiteral("Apply"), demo.fleet.connection(), items);
    dialog.setConfirmer([](QWidget*, const QString&) { return true; });
    if (!show(&dialog))
        return fail(error, QStringLiteral("push dialog not exposed"));
    visit(&dialog, QStringLiteral("before applying"));
    QSignalSpy finished(&dialog, &PushDialog::runFinished);
    dialog.apply();
    settle();
    if (finished.isEmpty())
        visit(&dialog, QStringLiteral("while applying"));
    if (finished.isEmpty() && !finished.wait(10000))
        return fail(error, QStringLiteral("the run did not finish"));
    settle();
    visit(&dialog, QStringLiteral("after the run"));
    return true;
}

bool WindowTour::migrationWizard(const Visitor& visit, QString* error)
{
    DemoFleet demo;
    if (!demo.load())
        return fail(error, QStringLiteral("demo fleet not loaded"));
    // erp-db-01, the VM at risk: steps in the guest, on the VM and a power cycle.
    MigrationWizard wizard(&demo.fleet, demo.key(QStringLiteral("erp-db-01")));
    wizard.setConfirmation([](const QString&, const QString&) { return true; });
    // The size it gets on a 1024x700 screen (ScreenFit); the offscreen platform's own screen is 800x600.
    wizard.resize(QSize(980, 680).boundedTo(QSize(kMainWidth - 16, kMainHeight - 40)));
    if (!show(&wizard))
        return fail(error, QStringLiteral("wizard not exposed"));
    visit(&wizard, QStringLiteral("pre-checks page"));
    wizard.next();
    settle();
    auto blacklist = child<QCheckBox>(&wizard, "migrationBlacklistCheck");
    if (wizard.currentId() != MigrationWizard::TargetPageId || !blacklist)
        return fail(error, QStringLiteral("no target page"));
    // The fallback behind a temporary blacklist entry gives the longest plan: steps of every kind.
    if (blacklist->isEnabled())
        blacklist->setChecked(true);
    settle();
    visit(&wizard, QStringLiteral("target page"));
    wizard.next();
    settle();
    visit(&wizard, QStringLiteral("plan page"));
    wizard.next();
    settle();
    if (wizard.currentId() != MigrationWizard::StepPageId || wizard.session()->plan().size() == 0)
        return fail(error, QStringLiteral("no step page"));
    const int steps = wizard.session()->plan().size();
    for (int done = 0; done < steps; ++done) {
        const MigrationStep::Kind kind = wizard.session()->plan().steps.at(done).kind;
        visit(&wizard, QStringLiteral("steps page, step %1").arg(done + 1));
        if (kind != MigrationStep::Kind::PowerCycle) {
            if (!completeNextStep(wizard))
                return fail(error, QStringLiteral("step %1 not recorded").arg(done + 1));
            continue;
        }
        auto cycle = child<QPushButton>(&wizard, "migrationPowerCycleButton");
        if (!QTest::qWaitFor([cycle] { return cycle->isVisible() && cycle->isEnabled(); }, 10000))
            return fail(error, QStringLiteral("no power cycle button at step %1").arg(done + 1));
        visit(&wizard, QStringLiteral("steps page, step %1, power cycle offered").arg(done + 1));
        QSignalSpy pushed(wizard.session(), &MigrationSession::pushFinished);
        cycle->click();
        settle();
        if (pushed.isEmpty())
            visit(&wizard, QStringLiteral("steps page, step %1, power cycle running").arg(done + 1));
        if (pushed.isEmpty() && !pushed.wait(10000))
            return fail(error, QStringLiteral("power cycle step not recorded"));
        settle();
    }
    visit(&wizard, QStringLiteral("steps page, all done"));
    wizard.next();
    settle();
    if (wizard.currentId() != MigrationWizard::SummaryPageId)
        return fail(error, QStringLiteral("no summary page"));
    visit(&wizard, QStringLiteral("summary page"));
    return true;
}
