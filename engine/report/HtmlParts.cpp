// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/HtmlParts.h"

namespace rdpdiag {

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F || (u >= 0x80 && u < 0xA0) ||
            u == 0xFFFE || u == 0xFFFF) {
            out += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
            continue;
        }
        switch (u) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace html {

QString e(const QString &text)
{
    return htmlEscape(text);
}

QString code(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(e(text));
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(e(text));
}

QString subsection(const QString &title, const QString &contentHtml)
{
    return contentHtml.isEmpty() ? QString() : heading(4, title) + contentHtml;
}

QString itemList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>\n");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(e(item));
    return html + QStringLiteral("</ul>\n");
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : HtmlText::tr("unknown");
}

QString duration(qint64 ms)
{
    return HtmlText::tr("%1 ms").arg(ms);
}

QString yesNo(bool value)
{
    return value ? HtmlText::tr("yes") : HtmlText::tr("no");
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? HtmlText::tr("none") : items.join(QStringLiteral(", "));
}

QString endpoint(const QString &host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

void KeyValues::add(const QString &label, const QString &escapedValue)
{
    m_rows << QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(e(label), escapedValue);
}

void KeyValues::text(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        add(label, e(value));
}

void KeyValues::code(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        add(label, html::code(value));
}

void KeyValues::number(const QString &label, std::optional<qint64> value)
{
    if (value)
        add(label, QString::number(*value));
}

void KeyValues::yesNo(const QString &label, std::optional<bool> value)
{
    if (value)
        add(label, e(html::yesNo(*value)));
}

QString KeyValues::html() const
{
    return m_rows.isEmpty() ? QString()
                            : QStringLiteral("<table class=\"kv\">\n%1\n</table>\n")
                                  .arg(m_rows.join(QLatin1Char('\n')));
}

QString Table::html() const
{
    if (m_rows.isEmpty())
        return {};
    QList<qsizetype> shown;
    for (qsizetype column = 0; column < m_headers.size(); ++column) {
        for (const QStringList &row : m_rows) {
            if (!row.value(column).isEmpty()) {
                shown << column;
                break;
            }
        }
    }
    QString html = QStringLiteral("<table>\n<tr>");
    for (const qsizetype column : shown)
        html += QStringLiteral("<th>%1</th>").arg(e(m_headers.at(column)));
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : m_rows) {
        html += QStringLiteral("<tr>");
        for (const qsizetype column : shown)
            html += QStringLiteral("<td>%1</td>").arg(row.value(column));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace html
} // namespace rdpdiag
