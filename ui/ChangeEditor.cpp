// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ChangeEditor.h"

#include "device/ProductRegistry.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using Kind = ConfigChange::Kind;

namespace {

enum Page {
    PlatformPage,
    VendorPage,
    FlavourPage,
    BlacklistPage,
    WindowsUpdatePage,
    PackagePage,
    TakeOverPage,
    OverridePage
};

Page pageOf(Kind kind)
{
    switch (kind) {
    case Kind::PlatformDevice: return PlatformPage;
    case Kind::VendorDevice: return VendorPage;
    case Kind::Flavour: return FlavourPage;
    case Kind::BlacklistAdd:
    case Kind::BlacklistRemove: return BlacklistPage;
    case Kind::WindowsUpdate: return WindowsUpdatePage;
    case Kind::DriverAdd:
    case Kind::DriverRemove:
    case Kind::WuPublish: break;
    case Kind::TakeOver: return TakeOverPage;
    case Kind::Override: return OverridePage;
    }
    return PackagePage;
}

/// Settings that hold one value: a second change of the kind replaces the first instead of fighting it.
bool singleValued(Kind kind)
{
    return kind == Kind::PlatformDevice || kind == Kind::VendorDevice || kind == Kind::Flavour ||
           kind == Kind::WindowsUpdate;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

ChangeEditor::ChangeEditor(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add to list"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("changeEditor"));
    m_kind->setObjectName(QStringLiteral("changeKind"));
    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->addItem(tr("Platform device"), int(Kind::PlatformDevice));
    m_kind->addItem(tr("Vendor device"), int(Kind::VendorDevice));
    m_kind->addItem(tr("Device model"), int(Kind::Flavour));
    m_kind->addItem(tr("Add blacklist entry"), int(Kind::BlacklistAdd));
    m_kind->addItem(tr("Remove blacklist entry"), int(Kind::BlacklistRemove));
    m_kind->addItem(tr("Windows Update"), int(Kind::WindowsUpdate));
    m_kind->addItem(tr("Add driver"), int(Kind::DriverAdd));
    m_kind->addItem(tr("Remove driver"), int(Kind::DriverRemove));
    m_kind->addItem(tr("Take over another tool's vendor device"), int(Kind::TakeOver));
    m_kind->addItem(tr("Write despite the host check"), int(Kind::Override));

    m_pages->addWidget(devicePage(m_platform, QStringLiteral("changePlatform"), QStringLiteral("0x0001")));
    m_pages->addWidget(devicePage(m_vendor, QStringLiteral("changeVendor"), QStringLiteral("0xc000")));
    m_pages->addWidget(flavourPage());
    m_pages->addWidget(blacklistPage());
    m_pages->addWidget(windowsUpdatePage());
    m_pages->addWidget(packagePage());
    auto takeOver = new QLabel(tr("Replaces another tool's -device xen-pvdevice argument with xpconsole's own: the "
                                  "guest keeps the same device, and xpconsole manages it from now on."),
                               this);
    takeOver->setObjectName(QStringLiteral("changeTakeOver"));
    takeOver->setWordWrap(true);
    m_pages->addWidget(takeOver);
    auto override = new QLabel(tr("Writes a Xen device even where this host's QEMU has none. The VM will then not "
                                  "start on this host: use it only for a definition that moves to a host that has "
                                  "Xen support."),
                               this);
    override->setObjectName(QStringLiteral("changeOverride"));
    override->setWordWrap(true);
    m_pages->addWidget(override);

    m_text->setObjectName(QStringLiteral("changeText"));
    m_text->setAccessibleName(tr("Change as --set text"));
    m_text->setToolTip(
        tr("The change in xpctl's --set syntax; edit it to type any change directly.\n%1").arg(ConfigChange::usage()));
    m_error->setObjectName(QStringLiteral("changeError"));
    m_error->setAccessibleName(tr("Why the change cannot be added"));
    m_error->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("changeAdd"));
    m_add->setAccessibleName(tr("Add the change to the list"));
    m_add->setAutoDefault(false);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setAccessibleName(tr("Changes to apply"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // A handful of changes is the usual case; the VM table below needs the room more.
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_remove->setObjectName(QStringLiteral("changeRemove"));
    m_remove->setAccessibleName(tr("Remove the selected change"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);

    auto form = new QFormLayout;
    form->addRow(tr("C&hange:"), m_kind);
    form->addRow(m_pages);
    auto textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_add);
    // A row whose field is a layout gets no buddy by itself, so the mnemonic needs an explicit label.
    auto textLabel = new QLabel(tr("As --&set:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, textRow);
    form->addRow(QString(), m_error);
    auto listButtons = new QVBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto listLabel = new QLabel(tr("Changes to appl&y, in order:"), this);
    listLabel->setBuddy(m_list);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(pageOf(currentKind()));
        onFormChanged();
    });
    // textEdited, not textChanged: only the user's typing makes the line the source of the change.
    connect(m_text, &QLineEdit::textEdited, this, &ChangeEditor::validate);
    connect(m_text, &QLineEdit::returnPressed, this, &ChangeEditor::addPending);
    connect(m_add, &QPushButton::clicked, this, &ChangeEditor::addPending);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeChange(m_list->currentRow()); });
    auto removeShortcut = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, [this] { removeChange(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    onFormChanged();
}

QWidget* ChangeEditor::devicePage(DeviceFields& fields, const QString& prefix, const QString& defaultId)
{
    auto page = new QWidget(this);
    fields.off = new QCheckBox(tr("&Off (no such device)"), page);
    fields.off->setObjectName(prefix + QStringLiteral("Off"));
    fields.id = new QLineEdit(defaultId, page);
    fields.id->setObjectName(prefix + QStringLiteral("Id"));
    fields.id->setAccessibleName(tr("Device ID"));
    fields.id->setPlaceholderText(tr("ID, e.g. 0x0002"));
    fields.revision = new QLineEdit(page);
    fields.revision->setObjectName(prefix + QStringLiteral("Revision"));
    fields.revision->setAccessibleName(tr("Revision"));
    fields.revision->setPlaceholderText(tr("default revision"));
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QString(), fields.off);
    form->addRow(tr("Device &ID (hex with 0x):"), fields.id);
    form->addRow(tr("Re&vision:"), fields.revision);
    const DeviceFields f = fields;
    connect(f.off, &QCheckBox::toggled, this, [this, f](bool off) {
        f.id->setEnabled(!off);
        f.revision->setEnabled(!off);
        onFormChanged();
    });
    connect(f.id, &QLineEdit::textChanged, this, &ChangeEditor::onFormChanged);
    connect(f.revision, &QLineEdit::textChanged, this, &ChangeEditor::onFormChanged);
    return page;
}

QWidget* ChangeEditor::flavourPage()
{
    auto page = new QWidget(this);
    m_flavour = new QComboBox(page);
    m_flavour->setObjectName(QStringLiteral("changeFlavour"));
    m_flavour->setAccessibleName(tr("Device model"));
    for (const xp::device::Flavour f : xp::device::kAllFlavours) {
        m_flavour->addItem(DeviceText::flavourName(f), DeviceText::flavourName(f));
        m_flavour->setItemData(m_flavour->count() - 1, DeviceText::flavourDescription(f), Qt::ToolTipRole);
    }
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Device mo&del:"), m_flavour);
    connect(m_flavour, &QComboBox::currentIndexChanged, this, &ChangeEditor::onFormChanged);
    return page;
}

QWidget* ChangeEditor::blacklistPage()
{
    auto page = new QWidget(this);
    m_product = new QComboBox(page);
    m_product->setObjectName(QStringLiteral("changeProduct"));
    m_product->setAccessibleName(tr("Driver product"));
    for (const xp::device::Product& p : xp::device::ProductRegistry::all())
        m_product->addItem(
            QStringLiteral("%1 (0x%2, %3)").arg(latin1(p.name)).arg(HexText::digits(p.number, 4)).arg(latin1(p.owner)),
            latin1(p.name));
    m_builds = new QLineEdit(page);
    m_builds->setObjectName(QStringLiteral("changeBuilds"));
    m_builds->setAccessibleName(tr("Build or build range"));
    m_builds->setPlaceholderText(tr("BUILD or FIRST-LAST, e.g. 60 or 60-70"));
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Builds:"), m_builds);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ChangeEditor::onFormChanged);
    connect(m_builds, &QLineEdit::textChanged, this, &ChangeEditor::onFormChanged);
    return page;
}

QWidget* ChangeEditor::windowsUpdatePage()
{
    auto page = new QWidget(this);
    m_windowsUpdate = new QComboBox(page);
    m_windowsUpdate->setObjectName(QStringLiteral("changeWindowsUpdate"));
    m_windowsUpdate->setAccessibleName(tr("Windows Update"));
    m_windowsUpdate->addItem(tr("off"), QStringLiteral("off"));
    m_windowsUpdate->addItem(tr("automatic"), QStringLiteral("automatic"));
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Windows &Update:"), m_windowsUpdate);
    connect(m_windowsUpdate, &QComboBox::currentIndexChanged, this, &ChangeEditor::onFormChanged);
    return page;
}

QWidget* ChangeEditor::packagePage()
{
    auto page = new QWidget(this);
    m_package = new QComboBox(page);
    m_package->setObjectName(QStringLiteral("changePackage"));
    m_package->setAccessibleName(tr("Driver package"));
    for (const CataloguePackage& p : DriverCatalogue::shipped().packages())
        m_package->addItem(QStringLiteral("%1 (%2)").arg(p.id, p.name), p.id);
    auto form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Pac&kage:"), m_package);
    connect(m_package, &QComboBox::currentIndexChanged, this, &ChangeEditor::onFormChanged);
    return page;
}

ConfigChange::Kind ChangeEditor::currentKind() const
{
    return Kind(m_kind->currentData().toInt());
}

QString ChangeEditor::composed() const
{
    auto device = [](const QString& key, const DeviceFields& f) {
        if (f.off->isChecked())
            return key + QStringLiteral("=off");
        QString text = key + QLatin1Char('=') + f.id->text().trimmed();
        if (!f.revision->text().trimmed().isEmpty())
            text += QLatin1Char(':') + f.revision->text().trimmed();
        return text;
    };
    switch (currentKind()) {
    case Kind::PlatformDevice: return device(QStringLiteral("platform-device"), m_platform);
    case Kind::VendorDevice: return device(QStringLiteral("vendor-device"), m_vendor);
    case Kind::Flavour: return QStringLiteral("flavour=") + m_flavour->currentData().toString();
    case Kind::BlacklistAdd:
    case Kind::BlacklistRemove:
        return QStringLiteral("blacklist%1=%2:%3")
            .arg(currentKind() == Kind::BlacklistAdd ? QLatin1Char('+') : QLatin1Char('-'))
            .arg(m_product->currentData().toString(), m_builds->text().trimmed());
    case Kind::WindowsUpdate: return QStringLiteral("windows-update=") + m_windowsUpdate->currentData().toString();
    case Kind::DriverAdd:
    case Kind::DriverRemove:
        return QStringLiteral("driver%1=%2")
            .arg(currentKind() == Kind::DriverAdd ? QLatin1Char('+') : QLatin1Char('-'))
            .arg(m_package->currentData().toString());
    case Kind::TakeOver: return QStringLiteral("take-over=vendor-device");
    case Kind::Override: return QStringLiteral("override=host-check");
    case Kind::WuPublish: break;
    }
    return {};
}

void ChangeEditor::onFormChanged()
{
    m_text->setText(composed());
    validate();
}

QString ChangeEditor::pendingText() const
{
    return m_text->text().trimmed();
}

QString ChangeEditor::pendingError() const
{
    const QString text = pendingText();
    if (text.isEmpty())
        return {};
    QString error;
    const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
    if (!change)
        return error;
    if (change->isWhatIfOnly())
        return tr("--set %1 is what-if only: it is never written to a VM; use the Binding tab's preview.")
            .arg(change->text());
    if (changeTexts().contains(change->text()))
        return tr("--set %1 is already in the list.").arg(change->text());
    return {};
}

void ChangeEditor::validate()
{
    const QString error = pendingError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_add->setEnabled(!pendingText().isEmpty() && error.isEmpty());
}

void ChangeEditor::addPending()
{
    if (m_add->isEnabled())
        addChange(pendingText());
}

QStringList ChangeEditor::changeTexts() const
{
    QStringList texts;
    for (const ConfigChange& change : m_changes)
        texts << change.text();
    return texts;
}

bool ChangeEditor::addChange(const QString& text, QString* error)
{
    QString why;
    std::optional<ConfigChange> change = ConfigChange::parse(text.trimmed(), &why);
    if (change && change->isWhatIfOnly())
        why = tr("--set %1 is what-if only: it is never written to a VM.").arg(change->text());
    else if (change && changeTexts().contains(change->text()))
        why = tr("--set %1 is already in the list.").arg(change->text());
    if (!change || !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    int row = -1;
    if (singleValued(change->kind()))
        for (int i = 0; i < m_changes.size() && row < 0; ++i)
            if (m_changes.at(i).kind() == change->kind())
                row = i;
    if (row >= 0) {
        m_changes[row] = *change;
        m_list->item(row)->setText(change->text());
    } else {
        m_changes.append(*change);
        m_list->addItem(change->text());
        row = int(m_changes.size()) - 1;
    }
    m_list->setCurrentRow(row);
    validate();
    emit changesChanged();
    return true;
}

void ChangeEditor::removeChange(int row)
{
    if (row < 0 || row >= m_changes.size())
        return;
    m_changes.removeAt(row);
    delete m_list->takeItem(row);
    validate();
    emit changesChanged();
}

void ChangeEditor::clear()
{
    if (m_changes.isEmpty())
        return;
    m_changes.clear();
    m_list->clear();
    validate();
    emit changesChanged();
}
