// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/core/XpVersion.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/VmListModel.h"
#include "ui/ConnectionsPane.h"
#include "ui/CredentialPrompter.h"
#include "ui/LoadMeasurement.h"
#include "ui/MainWindow.h"
#include "ui/MigrationWizard.h"
#include "ui/VmDetailsView.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("xpconsole"));
    QApplication::setOrganizationName(QStringLiteral("xpconsole"));
    QApplication::setApplicationVersion(QLatin1String(xp::kVersion));

    // --lang must be known before any translated text exists, so look at it before the parser does.
    QString language;
    const QStringList raw = QApplication::arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1String("--lang") && i + 1 < raw.size())
            language = raw.at(i + 1);
        else if (raw.at(i).startsWith(QLatin1String("--lang=")))
            language = raw.at(i).section(QLatin1Char('='), 1);
    }
    Translator::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Xen platform device and PV driver console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption({QStringLiteral("c"), QStringLiteral("connect")},
                                           QApplication::translate("main", "libvirt connection URI."),
                                           QStringLiteral("URI"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language (en, de, ja)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption readOnlyOption({QStringLiteral("r"), QStringLiteral("readonly")},
                                            QApplication::translate("main", "Open the connection read-only."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file once the fleet has loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QApplication::translate("main", "Select this VM (with --screenshot)."),
                                          QStringLiteral("VM"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QApplication::translate("main", "Show this details tab: binding, whatIf, blacklist, devices, unplug or xml."),
        QStringLiteral("NAME"));
    const QCommandLineOption wizardOption(
        QStringLiteral("wizard"),
        QApplication::translate("main", "With --screenshot: open the driver migration wizard on the selected VM, go to "
                                        "page N (0 pre-checks, 1 target, 2 plan, 3 steps) and picture the wizard."),
        QStringLiteral("N"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"),
        QApplication::translate("main",
                                "Load the fleet, measure paint, load, GUI blocks, filter latency and a full refresh "
                                "(on a test:// node after changing the state of some VMs), write them as JSON to "
                                "FILE, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(connectOption);
    parser.addOption(readOnlyOption);
    parser.addOption(measureOption);
    parser.addOption(screenshotOption);
    parser.addOption(selectOption);
    parser.addOption(tabOption);
    parser.addOption(wizardOption);
    parser.addOption(langOption);
    parser.process(app);

    VmListModel vms;
    const BindingEngine engine(DriverCatalogue::shipped());
    ConnectionListModel connections(engine, &vms);
    // libvirt's authentication questions reach the user as a dialog; the worker waits, the GUI never does. The
    // questions arrive through the event loop, so the window the dialogs belong to can come later.
    auto prompter = new CredentialPrompter;
    connections.setCredentialAsker(prompter, prompter->asker());
    // The first connection: --connect, or the bundled demo node. Opening only queues work for a worker thread, so
    // it starts before the window is built (12 ms of a 0.5 s start on 1,000 VMs) and the window still paints
    // before the fleet arrives.
    const QString uri = parser.isSet(connectOption) ? parser.value(connectOption) : DataPaths::demoNodeUri();
    connections.add(uri, parser.isSet(readOnlyOption));
    MainWindow window(&vms, &connections);
    prompter->setWindow(&window);
    window.connectionsPane()->addConnection(uri, parser.isSet(readOnlyOption));
    Fleet* fleet = connections.fleetAt(connections.rowOf(uri));
    // Created before the window is shown, so that the first paint is seen.
    std::unique_ptr<LoadMeasurement> measurement;
    if (parser.isSet(measureOption))
        measurement = std::make_unique<LoadMeasurement>(&window, fleet, parser.value(measureOption));
    if (parser.isSet(screenshotOption)) {
        QObject::connect(fleet, &Fleet::loaded, &window, [&] {
            if (parser.isSet(selectOption))
                window.selectVm(parser.value(selectOption));
            if (parser.isSet(tabOption))
                window.details()->selectTab(parser.value(tabOption) + QStringLiteral("Tab"));
            QWidget* subject = &window;
            if (parser.isSet(wizardOption)) {
                QObject::connect(&window, &MainWindow::migrationWizardOpened, &window, [&](MigrationWizard* wizard) {
                    wizard->resize(1000, 720);
                    subject = wizard;
                    // Once shown: showing a wizard restarts it at its first page.
                    QTimer::singleShot(0, wizard, [&, wizard] {
                        for (int page = 0; page < parser.value(wizardOption).toInt(); ++page)
                            wizard->next();
                    });
                });
                window.findChild<QAction*>(QStringLiteral("actionMigrateDrivers"))->trigger();
            }
            QTimer::singleShot(100, &window, [&, subject] {
                const bool saved = subject->grab().save(parser.value(screenshotOption), "PNG");
                QApplication::exit(saved ? 0 : 1);
            });
        });
        window.resize(1400, 900);
    }
    window.show();
    return QApplication::exec();
}
