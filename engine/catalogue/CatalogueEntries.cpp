// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"
#include "catalogue/entries/Entries.h"

#include <algorithm>

namespace rdpdiag {

const QList<CatalogueEntry> &catalogueEntries()
{
    // A function-local static: built on first use, so other static initialisers can use
    // the catalogue safely, and only once, thread-safely.
    static const QList<CatalogueEntry> entries = [] {
        // Each list is in pipeline order; a stable sort by stage interleaves them. Within a
        // stage the entries keep the order of the lists below, and that order is visible:
        // sortFindings() breaks ties with it and the verdict takes the first error
        // (engine/rules/Rules.cpp, engine/diagnosis/Diagnosis.cpp). Hence firewall entries
        // follow the others of their stage (tcp, local, server) and gateway entries end
        // the local stage.
        QList<CatalogueEntry> all;
        for (const QList<CatalogueEntry> &part :
             {networkEntries(), securityEntries(), rdpSecurityEntries(), certificateEntries(),
              serverEntries(), firewallEntries(), gatewayEntries()})
            all.append(part);
        std::stable_sort(
            all.begin(), all.end(),
            [](const CatalogueEntry &a, const CatalogueEntry &b) { return a.stage < b.stage; });
        return all;
    }();
    return entries;
}

} // namespace rdpdiag
