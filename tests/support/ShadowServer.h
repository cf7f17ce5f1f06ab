// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * A real NLA (CredSSP) server for integration tests: FreeRDP's `freerdp-shadow-cli`
 * (Debian package freerdp2-shadow-x11) with `/sec:nla`, bound to 127.0.0.1 on a free port,
 * sharing a private Xvfb started on an unused, unusual display number, and authenticating
 * against a SAM file made with `winpr-hash` (winpr-utils). Recipe: docs/protocol-notes.md.
 *
 * HOME and XDG_CONFIG_HOME point into a temporary directory, so the certificate the shadow
 * server generates on first start (or the one given in the options) never touches the
 * user's ~/.config. start() returns false with errorString() when anything is missing or
 * does not come up; a test must then FAIL, not skip.
 */

#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace rdpdiag::test {

struct ShadowOptions
{
    /** A certificate/key (PEM) to serve instead of the generated one; empty = generated. */
    QString certificatePath;
    QString keyPath;
    /** The account of the SAM file (never sent by the tool; only the server knows it). */
    QString user = QStringLiteral("rdpuser");
    QString password = QStringLiteral("Passw0rd!");
    int startTimeoutMs = 20000;
};

class ShadowServer
{
public:
    explicit ShadowServer(ShadowOptions options = {});
    ShadowServer(const ShadowServer &) = delete;
    ShadowServer &operator=(const ShadowServer &) = delete;
    ~ShadowServer();

    bool start();
    /** Stops the shadow server, then its Xvfb. Idempotent. */
    void stop();

    quint16 port() const { return m_port; }
    int display() const { return m_display; }
    QString errorString() const { return m_error; }
    /** The shadow server's and Xvfb's output so far (for failure messages). */
    QString log() const;

private:
    bool startXvfb();
    bool startShadow(quint16 port);

    ShadowOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_xvfb;
    std::unique_ptr<QProcess> m_shadow;
    quint16 m_port = 0;
    int m_display = -1;
    QString m_error;
};

} // namespace rdpdiag::test
