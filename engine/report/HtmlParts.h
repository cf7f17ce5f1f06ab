// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The small building blocks of report.html, shared by the page (report/HtmlReport) and the
 * facts sections of every stage (report/FactsHtml): escaping, tables of label → value rows,
 * tables with a header row, and how times, durations, lists and yes/no read. Every label is
 * translated in one Qt Linguist context, "rdpdiag::HtmlReport" (HtmlText::tr).
 *
 * Two kinds of strings meet here: plain text, which these functions escape, and HTML
 * ("escaped" in a parameter's name), which they insert as it is.
 */

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rdpdiag {

/** HTML-escapes @p text for element content and double-quoted attributes; control
 * characters other than newline and tab become the visible text "\xNN". */
QString htmlEscape(const QString &text);

/** The one translation context of report.html. */
class HtmlText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::HtmlReport)
};

namespace html {

/** @p text escaped (htmlEscape). */
QString e(const QString &text);
/** @p text escaped in <code>; empty when @p text is. */
QString code(const QString &text);
/** A heading of @p level (2…4) with @p text. */
QString heading(int level, const QString &text);
/** A level-4 heading over @p contentHtml; empty when the content is (no heading without
 * facts under it). */
QString subsection(const QString &title, const QString &contentHtml);
/** A list of @p items (escaped); empty when there is none. */
QString itemList(const QStringList &items);

/** "2026-11-24 10:00:00 UTC"; "unknown" for an invalid time. */
QString isoUtc(const QDateTime &time);
/** "12 ms". */
QString duration(qint64 ms);
QString yesNo(bool value);
/** The items joined with ", "; "none" when there is none (an empty list is a fact). */
QString listText(const QStringList &items);
/** "host:port", "[v6]:port". */
QString endpoint(const QString &host, quint16 port);

/** A two-column table of label → value rows. Rows without a value are left out: a fact the
 * run did not learn is not shown at all. */
class KeyValues
{
public:
    void add(const QString &label, const QString &escapedValue);
    void text(const QString &label, const QString &value);
    void code(const QString &label, const QString &value);
    void number(const QString &label, std::optional<qint64> value);
    void yesNo(const QString &label, std::optional<bool> value);
    bool isEmpty() const { return m_rows.isEmpty(); }
    /** The table; empty without rows. */
    QString html() const;

private:
    QStringList m_rows;
};

/** A table with a header row. A column whose cells are all empty is left out, and a table
 * without rows is empty. */
class Table
{
public:
    explicit Table(QStringList headers) : m_headers(std::move(headers)) {}
    void row(const QStringList &escapedCells) { m_rows << escapedCells; }
    QString html() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace html
} // namespace rdpdiag
