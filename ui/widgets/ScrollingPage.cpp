// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScrollingPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizardPage>

namespace rdpdiag::ui {

QVBoxLayout *makeScrollingPage(QWizardPage *page, const QString &intro)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The controls inside take the focus (the area scrolls to the focused one), not the area.
    scroll->setFocusPolicy(Qt::NoFocus);
    // The page may be smaller than its content: that is what the scroll bar is for.
    scroll->setMinimumSize(1, 1);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContentWidget"));
    auto *layout = new QVBoxLayout(content);
    // A little room at the window's edges (QWizard gives the page none in this style).
    const int margin = content->fontMetrics().averageCharWidth();
    layout->setContentsMargins(margin, 0, margin, 0);
    auto *introLabel = new QLabel(intro, content);
    introLabel->setObjectName(QStringLiteral("pageIntroLabel"));
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    return layout;
}

QScrollArea *pageScrollArea(const QWizardPage *page)
{
    return page->findChild<QScrollArea *>(QStringLiteral("pageScrollArea"),
                                          Qt::FindDirectChildrenOnly);
}

} // namespace rdpdiag::ui
