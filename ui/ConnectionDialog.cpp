// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectionDialog.h"

#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/RecentConnections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kPresetKey = QStringLiteral("connectionDialog/preset");
const QString kHostKey = QStringLiteral("connectionDialog/host");
const QString kUserKey = QStringLiteral("connectionDialog/user");
constexpr int kUriRole = Qt::UserRole;
constexpr int kReadOnlyRole = Qt::UserRole + 1;
} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_uri(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Open &read-only (changes to VMs are refused)"), this))
    , m_recent(new QListWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Add Connection"));

    m_preset->setObjectName(QStringLiteral("connectionPreset"));
    m_preset->setAccessibleName(tr("Connection type"));
    for (ConnectionPreset::Kind kind : ConnectionPreset::all())
        m_preset->addItem(ConnectionPreset::label(kind), int(kind));
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("host.example.com, host:2222 or 2001:db8::1"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("optional, e.g. root"));
    m_uri->setObjectName(QStringLiteral("connectionUri"));
    m_uri->setAccessibleName(tr("Connection URI"));
    m_uri->setPlaceholderText(tr("driver[+transport]://[user@][host][:port]/path"));
    m_readOnly->setObjectName(QStringLiteral("connectionReadOnly"));
    m_readOnly->setAccessibleName(tr("Open read-only"));
    m_recent->setObjectName(QStringLiteral("connectionRecent"));
    m_recent->setAccessibleName(tr("Recent connections"));
    m_recent->setToolTip(tr("Click to fill in the form, double-click to connect"));
    m_problemLabel->setObjectName(QStringLiteral("connectionProblem"));
    m_problemLabel->setAccessibleName(tr("Why the connection cannot be opened yet"));
    m_problemLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("connectionButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));

    m_form->addRow(tr("&Type:"), m_preset);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&User:"), m_user);
    // Every label, check box and button has its own letter (T, H, U, I, R, E, O): Alt+R once reached both the
    // URI and "read-only", and what the admin typed went nowhere (issue 19 item 3).
    m_form->addRow(tr("UR&I:"), m_uri);
    m_form->addRow(QString(), m_readOnly);
    m_form->addRow(tr("R&ecent:"), m_recent);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        // A custom URI starts from what the previous preset would have opened.
        if (preset() == ConnectionPreset::Kind::Custom && m_customUri.isEmpty())
            m_customUri = m_uri->text();
        update();
    });
    connect(m_host, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_user, &QLineEdit::textChanged, this, &ConnectionDialog::update);
    connect(m_uri, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_customUri = text;
        // Typing a URI is choosing one: the form switches to a custom URI rather than dropping the keys.
        if (preset() != ConnectionPreset::Kind::Custom)
            selectPreset(ConnectionPreset::Kind::Custom);
        update();
    });
    connect(m_recent, &QListWidget::itemClicked, this, &ConnectionDialog::fillFromRecent);
    // A double click may arrive as both signals; only the first one, while the dialog is up, connects.
    const auto connectRecent = [this](const QListWidgetItem* item) {
        if (!isVisible())
            return;
        fillFromRecent(item);
        accept();
    };
    connect(m_recent, &QListWidget::itemDoubleClicked, this, connectRecent);
    connect(m_recent, &QListWidget::itemActivated, this, connectRecent);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    loadRecent();
    restoreFields();
    update();
}

QString ConnectionDialog::uri() const
{
    return m_problem.isEmpty() ? m_uri->text().trimmed() : QString();
}

bool ConnectionDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

ConnectionPreset::Kind ConnectionDialog::preset() const
{
    return ConnectionPreset::Kind(m_preset->currentData().toInt());
}

void ConnectionDialog::accept()
{
    // Double-clicking an unusable entry or pressing Enter must not get past the validation.
    if (!m_problem.isEmpty())
        return;
    QSettings settings;
    settings.setValue(kPresetKey, int(preset()));
    settings.setValue(kHostKey, m_host->text().trimmed());
    settings.setValue(kUserKey, m_user->text().trimmed());
    QDialog::accept();
}

void ConnectionDialog::update()
{
    const ConnectionPreset::Kind kind = preset();
    const bool remote = ConnectionPreset::isRemote(kind);
    m_form->setRowVisible(m_host, remote);
    m_form->setRowVisible(m_user, remote);
    const bool custom = kind == ConnectionPreset::Kind::Custom;
    const ConnectionPreset::Built built = ConnectionPreset::build(kind, m_host->text(), m_user->text(), m_customUri);
    if (!custom)
        m_uri->setText(built.uri);
    m_problem = built.problem;
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void ConnectionDialog::selectPreset(ConnectionPreset::Kind kind)
{
    const int index = m_preset->findData(int(kind));
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void ConnectionDialog::setConnection(const QString& uri, bool readOnly)
{
    setWindowTitle(tr("Edit Connection"));
    fill(uri, readOnly);
}

void ConnectionDialog::fillFromRecent(const QListWidgetItem* item)
{
    if (item)
        fill(item->data(kUriRole).toString(), item->data(kReadOnlyRole).toBool());
}

void ConnectionDialog::fill(const QString& uri, bool readOnly)
{
    const ConnectionPreset::Match match = ConnectionPreset::match(uri);
    // Fields first, preset last: the preset change rebuilds the URI from them.
    m_host->setText(match.host);
    m_user->setText(match.user);
    m_customUri = match.kind == ConnectionPreset::Kind::Custom ? uri : QString();
    m_uri->setText(m_customUri);
    selectPreset(match.kind);
    m_readOnly->setChecked(readOnly);
    update();
}

void ConnectionDialog::loadRecent()
{
    const QList<RecentConnection> recent = RecentConnections::load();
    for (const RecentConnection& entry : recent) {
        const QString name = ConnectionListModel::displayName(entry.uri);
        auto item = new QListWidgetItem(entry.readOnly ? tr("%1 (read-only)").arg(name) : name, m_recent);
        item->setToolTip(entry.uri);
        item->setData(kUriRole, entry.uri);
        item->setData(kReadOnlyRole, entry.readOnly);
    }
    m_form->setRowVisible(m_recent, !recent.isEmpty());
}

void ConnectionDialog::restoreFields()
{
    const QSettings settings;
    m_host->setText(settings.value(kHostKey).toString());
    m_user->setText(settings.value(kUserKey).toString());
    selectPreset(ConnectionPreset::Kind(settings.value(kPresetKey, int(ConnectionPreset::Kind::Xen)).toInt()));
}
