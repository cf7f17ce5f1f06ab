// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HeadlineView.h"

#include "widgets/IconLabel.h"
#include "widgets/StatusIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace rdpdiag::ui {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString bulleted(const QString &heading, const QStringList &items, bool numbered)
{
    QStringList lines{heading};
    for (qsizetype i = 0; i < items.size(); ++i)
        lines << (numbered ? QStringLiteral("%1. %2").arg(i + 1).arg(items[i])
                           : QStringLiteral("• ") + items[i]);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HeadlineView::HeadlineView(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("headlineFrame"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    m_icon = new IconLabel(this);
    m_icon->setIconSize(style()->pixelMetric(QStyle::PM_LargeIconSize));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_answer = wrappedLabel(QStringLiteral("headlineLabel"), this);
    QFont big = m_answer->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_answer->setFont(big);
    texts->addWidget(m_answer);
    m_who = wrappedLabel(QStringLiteral("whoActsLabel"), this);
    QFont bold = m_who->font();
    bold.setBold(true);
    m_who->setFont(bold);
    texts->addWidget(m_who);
    m_steps = wrappedLabel(QStringLiteral("userStepsLabel"), this);
    texts->addWidget(m_steps);
    layout->addLayout(texts, 1);
}

QString HeadlineView::answer() const
{
    return m_answer->text();
}

void HeadlineView::showMessage(const QString &text, const QString &detail)
{
    m_icon->setIcon(statusIcon(Status::Running));
    m_answer->setText(text);
    m_who->setVisible(false);
    m_steps->setText(detail);
    m_steps->setVisible(!detail.isEmpty());
    setAccessibleName(text);
}

void HeadlineView::showHeadline(const Headline &headline)
{
    m_icon->setIcon(statusIcon(statusForSeverity(headline.tone) == Status::Info
                                   ? Status::Passed
                                   : statusForSeverity(headline.tone)));
    m_answer->setText(headline.answer);
    m_who->setText(headline.who);
    m_who->setVisible(!headline.who.isEmpty());
    // When someone has to act, what to do comes first; when nothing was found, the list of
    // what this run could not check is the point of the answer.
    QStringList parts;
    const QString steps = headline.userSteps.isEmpty()
                              ? QString()
                              : bulleted(tr("What you can do now:"), headline.userSteps, true);
    const QString notChecked =
        headline.notChecked.isEmpty()
            ? QString()
            : bulleted(tr("Not checked by this run:"), headline.notChecked, false);
    if (headline.actor == Actor::Nobody)
        parts << notChecked << steps;
    else
        parts << steps << notChecked;
    parts.removeAll(QString());
    m_steps->setText(parts.join(QStringLiteral("\n\n")));
    m_steps->setVisible(!parts.isEmpty());
    setAccessibleName(headline.answer);
    setAccessibleDescription(headline.who);
}

} // namespace rdpdiag::ui
