// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's colours read well (WCAG 2 AA, measured): text, links, hint text and the status
// colours at least 4.5:1 on the window and on fields, check box borders at least 3:1, for the
// dark palette and for the light one; the desktop's dark preference is understood as the
// portal and GNOME's gsettings say it; and the dark scheme draws check boxes that can be seen.
#include "platform/DesktopColorScheme.h"
#include "widgets/Palettes.h"
#include "widgets/StatusIcons.h"

#include <QApplication>
#include <QCheckBox>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QtTest>

#include <memory>

using namespace rdpdiag::ui;

namespace {

/** The pixel colours inside @p rect of @p image that differ from @p background. */
double bestContrastIn(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    return best;
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void palettesReadWell_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }
    void palettesReadWell()
    {
        QFETCH(bool, dark);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette palette = dark ? darkPalette() : readablePalette(fusion->standardPalette());
        QCOMPARE(isDarkPalette(palette), dark);
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        const auto atLeast = [&](const QColor &color, double ratio, const char *what) {
            for (const QColor &background : {window, base})
                QVERIFY2(contrastRatio(color, background) >= ratio,
                         qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                        .arg(QLatin1String(what), color.name(), background.name())
                                        .arg(contrastRatio(color, background))));
        };
        QVERIFY(contrastRatio(palette.color(QPalette::WindowText), window) >= 4.5);
        QVERIFY(contrastRatio(palette.color(QPalette::Text), base) >= 4.5);
        QVERIFY(contrastRatio(palette.color(QPalette::ButtonText),
                              palette.color(QPalette::Button)) >= 4.5);
        atLeast(palette.color(QPalette::Link), 4.5, "link");
        atLeast(palette.color(QPalette::LinkVisited), 4.5, "visited link");
        atLeast(palette.color(QPalette::PlaceholderText), 4.5, "hint text");
        for (const Status status : {Status::Passed, Status::Warning, Status::Problem, Status::Info,
                                    Status::Running, Status::Skipped})
            atLeast(statusTextColor(status, palette), 4.5, qPrintable(statusText(status)));
        atLeast(indicatorBorderColor(palette), 3.0, "check box border");
    }

    void darkCheckBoxesCanBeSeen()
    {
        // Drawn with the style the dark scheme installs: the box's border stands out from the
        // window by at least 3:1 (Fusion's own is about 1.1:1 there).
        QApplication::setStyle(new VisibleIndicatorStyle);
        QCheckBox box(QStringLiteral("Hide names and addresses"));
        box.setPalette(darkPalette());
        box.resize(box.sizeHint());
        QImage image(box.size(), QImage::Format_ARGB32);
        box.render(&image);
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator =
            box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const double seen = bestContrastIn(image, indicator, darkPalette().color(QPalette::Window));
        QVERIFY2(seen >= 3.0, qPrintable(QString::number(seen)));
    }

    void desktopSchemeIsUnderstood()
    {
        QCOMPARE(colorSchemeFromPortal(QVariant(uint(1))), ColorScheme::Dark);
        QCOMPARE(colorSchemeFromPortal(QVariant(uint(2))), ColorScheme::Light);
        QCOMPARE(colorSchemeFromPortal(QVariant(uint(0))), ColorScheme::Unknown);
        QCOMPARE(colorSchemeFromPortal(QVariant(QStringLiteral("dark"))), ColorScheme::Unknown);
        QCOMPARE(colorSchemeFromGsettings(QStringLiteral("'prefer-dark'\n")), ColorScheme::Dark);
        QCOMPARE(colorSchemeFromGsettings(QStringLiteral("'prefer-light'")), ColorScheme::Light);
        QCOMPARE(colorSchemeFromGsettings(QStringLiteral("'default'")), ColorScheme::Unknown);
        qputenv("RDPDIAG_COLOR_SCHEME", "dark");
        QCOMPARE(desktopColorScheme(), ColorScheme::Dark);
        qunsetenv("RDPDIAG_COLOR_SCHEME");
    }

    void applyingDarkMakesTheApplicationDark()
    {
        applyColorScheme(ColorScheme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        QVERIFY(dynamic_cast<VisibleIndicatorStyle *>(QApplication::style()));
    }
};

QTEST_MAIN(TestPalettes)
#include "TestPalettes.moc"
