// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The entries of Standard RDP Security's encryption (security.rdp_*, stage x224): what the
 * server answered when each encryption method was offered alone (stage rdp_security). None of
 * them is an error: when the server also offers TLS, current clients use TLS and are not
 * affected; when it offers only Standard RDP Security, security.rdp_only is the error that
 * explains a failing connection, and these say what its encryption adds to it.
 * Writing rules: catalogue/entries/Entries.h.
 */
#include "catalogue/Remedies.h"
#include "catalogue/entries/Entries.h"

namespace rdpdiag {

using namespace remedies;

QList<CatalogueEntry> rdpSecurityEntries()
{
    return {
        {"security.rdp_weak_encryption",
         Severity::Warning,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server accepts weak 40-bit or 56-bit encryption"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, "
             "the remote computer accepts it. Keys that short can be found by trying them all, "
             "and Standard RDP Security does not protect the choice of method, so a "
             "device in the network path can make both sides use the weakest one and then read "
             "what is typed, passwords included. Connections still work; this is a hardening "
             "note. On Windows this is the encryption level Low or Client Compatible "
             "(MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium."),
         {
             kSecurityLayerTls,
             kMinEncryptionHigh,
             kEncryptionLevelPolicy,
             kRestartTermService,
             kXrdpNegotiate,
             kXrdpCryptHigh,
         }},
        {"security.rdp_fips_required",
         Severity::Warning,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP("rdpdiag::Catalogue",
                           "The server requires FIPS encryption for Standard RDP Security"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "The remote computer's encryption level is FIPS Compliant: with Standard RDP "
             "Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients "
             "that do not implement that method, such as rdesktop and some thin clients, cannot "
             "connect with Standard RDP Security; when the server offers nothing else they fail "
             "during the connection sequence, often with error code 0x904 or a security error. "
             "On Windows the level comes from MinEncryptionLevel 4 or from the policy 'System "
             "cryptography: Use FIPS compliant algorithms', on xrdp from crypt_level=fips. If "
             "your organisation requires FIPS, keep it and require TLS instead, which current "
             "clients support."),
         {
             {Server,
              QT_TRANSLATE_NOOP(
                  "rdpdiag::Catalogue",
                  "On the remote computer, check whether the system-wide FIPS policy is on "
                  "(Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only "
                  "if your organisation does not require FIPS."),
              R"cmd(reg query "HKLM\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy" /v Enabled)cmd",
              Cmd},
             kSecurityLayerTls,
             kMinEncryptionHigh,
             kEncryptionLevelPolicy,
             kRestartTermService,
             kXrdpNegotiate,
             kXrdpCryptHigh,
         }},
        {"security.rdp_level_unsupported",
         Severity::Warning,
         Category::Security,
         StageId::X224,
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "No client can agree on encryption with the server's Standard RDP Security"),
         QT_TRANSLATE_NOOP(
             "rdpdiag::Catalogue",
             "Each of the four encryption methods a client can offer for Standard RDP Security "
             "(40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took "
             "none of them: it answered with a method the client had not offered, with no "
             "encryption at all, or refused. The protocol requires the server to pick one of the "
             "client's methods, so clients that check this cannot connect with Standard RDP "
             "Security, and a session without encryption would carry passwords in clear text. "
             "When the server offers nothing else, connections fail during the connection "
             "sequence, often with error code 0x904. Setting the level to High (128-bit), or "
             "requiring TLS, fixes it."),
         {
             kSecurityLayerTls,
             kMinEncryptionHigh,
             kEncryptionLevelPolicy,
             kRestartTermService,
             kXrdpCryptHigh,
             kXrdpNegotiate,
         }},
    };
}

} // namespace rdpdiag
