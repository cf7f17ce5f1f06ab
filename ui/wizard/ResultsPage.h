// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A results page for one finding category (Network, Firewall, Security layer,
 * Certificate): the checks of the category as the engine reports them, live, and the
 * details of the selected check or finding.
 */

#include "model/Enums.h"

#include <QWizardPage>

class QLabel;
class QTreeView;

namespace rdpdiag::ui {

class ChecksModel;
class FindingView;
class RunController;
class RunStatusBar;

class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    ResultsPage(Category category, RunController *controller, QWidget *parent = nullptr);

    Category category() const { return m_category; }
    ChecksModel *model() const { return m_model; }
    FindingView *details() const { return m_details; }
    QTreeView *tree() const { return m_tree; }

    /** The page's title for @p category ("Network", …). */
    static QString titleFor(Category category);

    void initializePage() override;
    void cleanupPage() override {}

public slots:
    void setTechnicalDetails(bool on);

private:
    void refresh();
    void showCurrent();
    void selectMostImportant();

    Category m_category;
    RunController *m_controller;
    ChecksModel *m_model;
    RunStatusBar *m_status;
    QTreeView *m_tree;
    QLabel *m_count;
    FindingView *m_details;
    bool m_userSelected = false;
};

} // namespace rdpdiag::ui
