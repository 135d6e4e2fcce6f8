// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConsoleCommandLine.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
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
#include <QTimer>

int main(int argc, char* argv[])
{
    // QApplication aborts without a display; --help and --version need none.
    if (ConsoleCommandLine::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        return ConsoleCommandLine::answerHelpOrVersion(app);
    }
    QApplication app(argc, argv);
    ConsoleCommandLine::setIdentity();
    // --lang must be known before any translated text exists, so it is read before the parser is built.
    Translator::install(app, ConsoleCommandLine::language(QApplication::arguments()));
    const ConsoleCommandLine::Options options = ConsoleCommandLine().process(app);

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
    const QString uri = options.connectUri.isEmpty() ? DataPaths::demoNodeUri() : options.connectUri;
    connections.add(uri, options.readOnly);
    MainWindow window(&vms, &connections);
    prompter->setWindow(&window);
    window.connectionsPane()->addConnection(uri, options.readOnly);
    Fleet* fleet = connections.fleetAt(connections.rowOf(uri));
    // Created before the window is shown, so that the first paint is seen.
    std::unique_ptr<LoadMeasurement> measurement;
    if (!options.measureFile.isEmpty())
        measurement = std::make_unique<LoadMeasurement>(&window, fleet, options.measureFile);
    if (!options.screenshotFile.isEmpty()) {
        QObject::connect(fleet, &Fleet::loaded, &window, [&] {
            if (!options.selectVm.isEmpty())
                window.selectVm(options.selectVm);
            if (!options.tab.isEmpty())
                window.details()->selectTab(options.tab + QStringLiteral("Tab"));
            QWidget* subject = &window;
            if (options.wizardPage) {
                QObject::connect(&window, &MainWindow::migrationWizardOpened, &window, [&](MigrationWizard* wizard) {
                    wizard->resize(1000, 720);
                    subject = wizard;
                    // Once shown: showing a wizard restarts it at its first page.
                    QTimer::singleShot(0, wizard, [&, wizard] {
                        for (int page = 0; page < *options.wizardPage; ++page)
                            wizard->next();
                    });
                });
                window.findChild<QAction*>(QStringLiteral("actionMigrateDrivers"))->trigger();
            }
            QTimer::singleShot(100, &window, [&, subject] {
                const bool saved = subject->grab().save(options.screenshotFile, "PNG");
                QApplication::exit(saved ? 0 : 1);
            });
        });
        window.resize(1400, 900);
    }
    window.show();
    return QApplication::exec();
}
