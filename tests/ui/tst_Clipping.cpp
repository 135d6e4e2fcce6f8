// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WindowTour.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

// Texts that do not fit are cut off, elided or scrolled away, and translations are longer than English (German) or
// wider per character (Japanese). In every language, the main window at 1024x700 and each dialog at the size it
// opens with, in every state of the tour: header sections are as wide as their titles, buttons and one-line labels
// as wide as their text, wrapped labels as tall as their lines, and tab bars hold their tabs without scrolling.
namespace {

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

QString nameOf(const QWidget* widget)
{
    return widget->objectName().isEmpty() ? QLatin1String(widget->metaObject()->className()) : widget->objectName();
}

/// The width a horizontal header section needs to show its title unelided, as QHeaderView's own
/// sectionSizeFromContents() measures it, but with the sort arrow only where it is drawn and bold only where it
/// can be drawn bold.
int neededWidth(const QHeaderView* header, int logical)
{
    const QAbstractItemModel* model = header->model();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = Qt::Horizontal;
    option.section = logical;
    option.text = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
    const QVariant fontData = model->headerData(logical, Qt::Horizontal, Qt::FontRole);
    QFont font = fontData.canConvert<QFont>() ? fontData.value<QFont>() : header->font();
    // Sections of selected columns are drawn bold, and a selected row selects every column of a table.
    font.setBold(font.bold() || header->highlightSections());
    option.fontMetrics = QFontMetrics(font);
    const QVariant decoration = model->headerData(logical, Qt::Horizontal, Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

QStringList clippedHeaders(const QHeaderView* header)
{
    QStringList found;
    if (!header->model())
        return found;
    const auto view = qobject_cast<const QAbstractItemView*>(header->parentWidget());
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString title = header->model()->headerData(logical, Qt::Horizontal).toString();
        const int needed = neededWidth(header, logical);
        if (!title.isEmpty() && header->sectionSize(logical) < needed)
            found << QStringLiteral("header '%1' of %2: %3 px, needs %4")
                         .arg(title, view ? nameOf(view) : nameOf(header))
                         .arg(header->sectionSize(logical))
                         .arg(needed);
    }
    return found;
}

/// Every text of @p window, as shown now, that is cut off.
QStringList clippedIn(const QWidget* window)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto header = qobject_cast<const QHeaderView*>(widget)) {
            if (header->orientation() == Qt::Horizontal)
                found += clippedHeaders(header);
        } else if (auto button = qobject_cast<const QAbstractButton*>(widget)) {
            const int needed = button->minimumSizeHint().width();
            if (!button->text().isEmpty() && button->width() < needed)
                found << QStringLiteral("button '%1' (%2): %3 px, needs %4")
                             .arg(shortText(button->text()), nameOf(button))
                             .arg(button->width())
                             .arg(needed);
        } else if (auto label = qobject_cast<const QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
                found << QStringLiteral("label '%1' (%2): %3 px, needs %4")
                             .arg(shortText(label->text()), nameOf(label))
                             .arg(label->width())
                             .arg(label->minimumSizeHint().width());
            else if (label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                found << QStringLiteral("wrapped label '%1' (%2): %3 px high, needs %4")
                             .arg(shortText(label->text()), nameOf(label))
                             .arg(label->height())
                             .arg(label->heightForWidth(label->width()));
        } else if (auto tabs = qobject_cast<const QTabBar*>(widget)) {
            // The tabs laid out at their full size: wider than the bar means scroll buttons or elided titles.
            const int needed = tabs->sizeHint().width();
            if (tabs->width() < needed)
                found << QStringLiteral("tab bar (%1): %2 px, its tabs need %3")
                             .arg(nameOf(tabs->parentWidget() ? tabs->parentWidget() : tabs))
                             .arg(tabs->width())
                             .arg(needed);
        }
    }
    return found;
}

} // namespace

class tst_Clipping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clippedTextIsFound();
    void everyWindowInEveryLanguage_data();
    void everyWindowInEveryLanguage();
};

void tst_Clipping::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Clipping::cleanupTestCase()
{
    WindowTour::installLanguage(QStringLiteral("en"));
}

void tst_Clipping::clippedTextIsFound()
{
    // The checks themselves: a button and a label squeezed below their text.
    QWidget window;
    auto layout = new QVBoxLayout(&window);
    auto button = new QPushButton(QStringLiteral("A button with a long text"), &window);
    auto label = new QLabel(QStringLiteral("A label with a long text"), &window);
    for (QWidget* squeezed : {static_cast<QWidget*>(button), static_cast<QWidget*>(label)}) {
        squeezed->setMinimumWidth(10);
        squeezed->setMaximumWidth(40);
        layout->addWidget(squeezed);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = clippedIn(&window);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.at(0).startsWith(QLatin1String("button 'A button")), qPrintable(found.at(0)));
    QVERIFY2(found.at(1).startsWith(QLatin1String("label 'A label")), qPrintable(found.at(1)));
}

void tst_Clipping::everyWindowInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    for (const QString& language : WindowTour::languages())
        for (const QString& window : WindowTour::windows())
            QTest::newRow(qPrintable(language + QLatin1Char('/') + window)) << language << window;
}

void tst_Clipping::everyWindowInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    QVERIFY2(WindowTour::installLanguage(language), qPrintable(language));
    QStringList clipped;
    int states = 0;
    const auto visit = [&](QWidget* shown, const QString& state) {
        ++states;
        const QStringList found = clippedIn(shown);
        for (const QString& what : found) {
            const QString line = QStringLiteral("%1 / %2 / %3: %4").arg(language, window, state, what);
            if (!clipped.contains(line))
                clipped << line;
        }
    };
    QString error;
    QVERIFY2(WindowTour::run(window, visit, &error), qPrintable(error));
    QVERIFY(states > 0);
    // QFAIL, not QVERIFY2: QVERIFY2 cuts its message at 1 KiB, and every offender must be listed.
    if (!clipped.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 found:\n").arg(clipped.size()) + clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Clipping)
#include "tst_Clipping.moc"
