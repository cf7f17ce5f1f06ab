// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace rdpdiag {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> app;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

std::unique_ptr<QTranslator> loadInto(const QLocale &locale, const QString &name,
                                      const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    // load(QLocale, …) tries every UI language of the locale and drops region suffixes
    // step by step (de_AT → de), so rdpdiag_de.qm serves every German locale.
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    if (!QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    return translator;
}

} // namespace

void removeTranslators()
{
    Installed &current = installed();
    if (current.app)
        QCoreApplication::removeTranslator(current.app.get());
    if (current.qt)
        QCoreApplication::removeTranslator(current.qt.get());
    current.app.reset();
    current.qt.reset();
}

bool isLanguageCode(const QString &language)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    return pattern.match(language).hasMatch();
}

std::optional<QString> takeLanguageOption(QStringList &arguments, QString *error)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                *error = QCoreApplication::translate("rdpdiag::Translations",
                                                     "--lang needs a language code (e.g. de)");
                return std::nullopt;
            }
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (!language.isEmpty() && !isLanguageCode(language)) {
        *error = QCoreApplication::translate("rdpdiag::Translations",
                                             "--lang \"%1\" is not a language code (try de or "
                                             "zh_CN)")
                     .arg(language.left(32));
        return std::nullopt;
    }
    return language;
}

TranslationSetup installTranslators(const QString &language)
{
    removeTranslators();
    TranslationSetup setup;
    setup.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    setup.qtTranslationsPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!language.isEmpty())
        QLocale::setDefault(setup.locale);

    Installed &current = installed();
    current.qt = loadInto(setup.locale, QStringLiteral("qtbase"), setup.qtTranslationsPath);
    current.app = loadInto(setup.locale, QStringLiteral("rdpdiag"),
                           QString::fromLatin1(kTranslationsResourcePath));
    setup.qtLoaded = current.qt != nullptr;
    setup.appLoaded = current.app != nullptr;
    return setup;
}

} // namespace rdpdiag
