#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""rdpdiag against its peers, on this machine, on loopback only (bench/run.sh calls this).

Sections of the table it prints (markdown, also saved as WORK/results.md):
  1. a healthy xrdp with TLS (security_layer=negotiate, the Debian snakeoil certificate) and
     a real NLA server (freerdp-shadow-cli /sec:nla under Xvfb): the full `rdpdiag --json`
     run, the peers a person would run to learn the same facts (nmap's four RDP/TLS
     scripts, sslscan --rdp with the certificate, xfreerdp /cert:deny for the name check;
     rdp-sec-check is not packaged in Debian and is left out), and the floor: one bare
     X.224 + TLS handshake (bench/x224tls.cpp). Medians of --runs runs after one warm-up,
     timed by hyperfine (-N: no shell in between). Then where a run's CPU goes (rdpdiag's
     and the floor's own, the server's) and the shortest wall time that CPU allows on the
     cores client and server share.
  2. a filtered port (a DROP rule in a network namespace made for the run): rdpdiag with
     its default step budget vs the operating system's own connect() timeout.
  3. the wizard: start to its first window on screen (mapped on an Xvfb display; the first
     paint follows the map within a frame) and its resident memory then.
  4. fleet mode: 1000 and 10,000 targets (--fleet-size; one lab server port repeated;
     bench/labserver.cpp, built by run.sh and passed as --labserver) per server kind, wall
     time, peak resident memory and peak open descriptors of the rdpdiag process, and how
     time and memory grow from the smallest count to the largest.
Every server listens on 127.0.0.1 only (or inside the namespace); every loop is bounded.
"""
import argparse
import atexit
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

LOOP = "127.0.0.1"
PROCESSES = []
CLEANUPS = []


def log(*args):
    print("bench:", *args, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind((LOOP, 0))
        return s.getsockname()[1]


def wait_listening(port, seconds=30, host=LOOP):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def spawn(argv, **kwargs):
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True, **kwargs)
    PROCESSES.append(process)
    return process


@atexit.register
def teardown():
    for cleanup in reversed(CLEANUPS):
        try:
            cleanup()
        except Exception as error:  # noqa: BLE001 - best effort at exit
            log("cleanup failed:", error)
    for process in PROCESSES:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for process in PROCESSES:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


# --- servers -----------------------------------------------------------------------------

def start_xrdp(work, port):
    """xrdp in the foreground with a loopback-only copy of the stock configuration."""
    with open("/etc/xrdp/xrdp.ini", encoding="utf-8") as f:
        lines = f.read().splitlines()
    out, port_done = [], False
    for line in lines:
        key = line.split("=", 1)[0].strip()
        if key == "port" and not port_done:
            line, port_done = "port=tcp://%s:%d" % (LOOP, port), True
        elif key == "security_layer":
            line = "security_layer=negotiate"
        elif key == "crypt_level":
            line = "crypt_level=high"
        elif key == "ssl_protocols":
            line = "ssl_protocols=TLSv1.2, TLSv1.3"
        elif key == "LogFile":
            line = "LogFile=%s/xrdp.log" % work
        elif key == "LogLevel":
            line = "LogLevel=WARNING"
        elif key == "EnableSyslog":
            line = "EnableSyslog=false"
        out.append(line)
    config = os.path.join(work, "xrdp.ini")
    with open(config, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    process = spawn(["xrdp", "--nodaemon", "--config", config])
    return process if wait_listening(port) else None


def start_xvfb(display):
    spawn(["Xvfb", ":%d" % display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    end = time.monotonic() + 20
    while time.monotonic() < end:
        if os.path.exists("/tmp/.X11-unix/X%d" % display):
            return True
        time.sleep(0.1)
    return False


def start_shadow(work, port, display):
    sam = os.path.join(work, "sam.txt")
    with open(sam, "w", encoding="utf-8") as f:
        subprocess.run(["winpr-hash", "-u", "rdpuser", "-p", "Passw0rd!", "-f", "sam"],
                       stdout=f, check=True)
    env = dict(os.environ, DISPLAY=":%d" % display)
    process = spawn(["freerdp-shadow-cli", "/port:%d" % port, "/bind-address:" + LOOP,
                     "/sec:nla", "/sam-file:" + sam], env=env)
    return process if wait_listening(port) else None


def start_labserver(binary, work, mode, port):
    cert, key = os.path.join(work, "lab.pem"), os.path.join(work, "lab.key")
    if not os.path.exists(cert):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cert, "-days", "30", "-subj", "/CN=rds01.lab.test"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    spawn([binary, mode, str(port), cert, key, "3600"])
    return wait_listening(port)


# --- measuring ---------------------------------------------------------------------------

def hyperfine(work, name, command, runs, env=None):
    """Median/min/max wall seconds and the exit codes of `command` (hyperfine -N)."""
    export = os.path.join(work, "hf-%s.json" % name)
    argv = ["hyperfine", "-N", "-i", "--style", "none", "--runs", str(runs), "--warmup", "1",
            "--export-json", export, command]
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    with open(export, encoding="utf-8") as f:
        result = json.load(f)["results"][0]
    codes = sorted(set(result.get("exit_codes", [])))
    return {"median": result["median"], "min": result["min"], "max": result["max"],
            "codes": codes, "command": command}


def watch_process(argv, env=None, stdout=subprocess.DEVNULL, limit=600):
    """Runs argv; returns wall seconds, exit code, peak RSS (KiB), peak open descriptors."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL, env=env)
    peak_fds, peak_rss = 0, 0
    while process.poll() is None:
        if time.monotonic() - start > limit:
            process.kill()
            break
        try:
            peak_fds = max(peak_fds, len(os.listdir("/proc/%d/fd" % process.pid)))
            with open("/proc/%d/status" % process.pid, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak_rss = max(peak_rss, int(line.split()[1]))
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
        time.sleep(0.02)
    code = process.wait()
    return time.monotonic() - start, code, peak_rss, peak_fds


def process_cpu(pid):
    """CPU seconds of process @p pid and of its children it has reaped (xrdp forks one per
    connection): utime + stime + cutime + cstime of /proc/PID/stat."""
    with open("/proc/%d/stat" % pid, encoding="utf-8") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def machine_busy():
    """(busy, idle) CPU seconds of the whole machine so far (/proc/stat, every core)."""
    with open("/proc/stat", encoding="utf-8") as f:
        values = [int(v) for v in f.readline().split()[1:9]]
    idle = values[3] + values[4]
    return (sum(values) - idle) / os.sysconf("SC_CLK_TCK"), idle / os.sysconf("SC_CLK_TCK")


def cpu_budget(argv, server_pid, runs):
    """Where one run's CPU goes: runs @p argv @p runs times one after the other and returns
    the mean wall seconds, the command's own CPU (user + system, from wait4), the server's
    CPU (its process and reaped children) and the whole machine's busy share. The sum of the
    two CPU figures divided by the cores is the shortest wall time this work can take here
    when client and server share the machine."""
    own = 0.0
    server_before, (busy_before, idle_before) = process_cpu(server_pid), machine_busy()
    start = time.monotonic()
    quiet = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
             (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    for _ in range(runs):
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=quiet)
        _, _, usage = os.wait4(pid, 0)
        own += usage.ru_utime + usage.ru_stime
    wall = time.monotonic() - start
    time.sleep(0.3)  # the server reaps its last child
    busy_after, idle_after = machine_busy()
    server = process_cpu(server_pid) - server_before
    busy = busy_after - busy_before
    return {"wall": wall / runs, "own": own / runs, "server": server / runs,
            "busy": busy / max(busy + idle_after - idle_before, 1e-9),
            "bound": (own + server) / runs / os.cpu_count()}


def fmt(seconds):
    return "%.3f s" % seconds if seconds < 10 else "%.1f s" % seconds


# --- sections ----------------------------------------------------------------------------

def healthy_servers(args, work, display):
    rows, summaries, budgets = [], [], []
    servers = []
    xrdp_port = free_port()
    xrdp = start_xrdp(work, xrdp_port)
    if xrdp:
        servers.append(("xrdp 0.9.21, TLS (negotiate)", xrdp_port, "tls", 3, xrdp.pid))
    else:
        log("xrdp did not start; its rows are skipped")
    shadow_port = free_port()
    shadow = start_shadow(work, shadow_port, display)
    if shadow:
        servers.append(("freerdp-shadow-cli, NLA only", shadow_port, "nla", 3, shadow.pid))
    else:
        log("freerdp-shadow-cli did not start; its rows are skipped")
    env = dict(os.environ, DISPLAY=":%d" % display)
    for title, port, security, requested, server_pid in servers:
        target = "%s:%d" % (LOOP, port)
        log("measuring against", title, "on", target)
        ours = hyperfine(work, "rdpdiag-%s" % security, "%s --json %s" % (args.rdpdiag, target),
                         args.runs)
        floor = hyperfine(work, "floor-%s" % security,
                          "%s %s %d %d" % (args.floor, LOOP, port, requested), args.runs)
        peers = [
            ("nmap: rdp-enum-encryption, rdp-ntlm-info, ssl-cert, ssl-enum-ciphers",
             hyperfine(work, "nmap-%s" % security,
                       "nmap -Pn -n --script +rdp-enum-encryption,+rdp-ntlm-info,+ssl-cert,"
                       "+ssl-enum-ciphers -p %d %s" % (port, LOOP), args.runs)),
            ("sslscan --rdp --show-certificate --xml",
             hyperfine(work, "sslscan-%s" % security,
                       "sslscan --rdp --no-colour --show-certificate --xml=%s/sslscan.xml %s"
                       % (work, target), args.runs)),
            ("xfreerdp /cert:deny /sec:%s +auth-only" % security,
             hyperfine(work, "xfreerdp-%s" % security,
                       "xfreerdp /v:%s /cert:deny /sec:%s +auth-only /u:rdpuser /p:Passw0rd!"
                       % (target, security), args.runs, env=env)),
        ]
        combined = sum(p[1]["median"] for p in peers)
        rows.append((title, "**rdpdiag --json** (every stage)", ours))
        for name, result in peers:
            rows.append((title, name, result))
        rows.append((title, "floor: one X.224 + TLS handshake (bench/x224tls)", floor))
        summaries.append((title, ours["median"], combined, floor["median"]))
        log("cpu budget against", title)
        runs = max(args.runs, 20)
        budgets.append((title, "rdpdiag --json",
                        cpu_budget([args.rdpdiag, "--json", target], server_pid, runs),
                        floor["median"]))
        budgets.append((title, "floor", cpu_budget(
            [args.floor, LOOP, str(port), str(requested)], server_pid, runs), floor["median"]))
    return rows, summaries, budgets


def filtered_port(args, work):
    namespace = "rdpdiag-bench-%d" % os.getpid()
    try:
        subprocess.run(["ip", "netns", "add", namespace], check=True, stderr=subprocess.DEVNULL)
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None, "no network namespace could be made here (needs root / CAP_SYS_ADMIN)"
    CLEANUPS.append(lambda: subprocess.run(["ip", "netns", "del", namespace], check=False))
    inside = ["ip", "netns", "exec", namespace]
    subprocess.run(inside + ["ip", "link", "set", "lo", "up"], check=True)
    rules = ("table inet rdpdiag_bench { chain input { type filter hook input priority 0; "
             "tcp dport 3389 drop; }; }\n")
    subprocess.run(inside + ["nft", "-f", "-"], input=rules, text=True, check=True)
    retries = subprocess.run(inside + ["sysctl", "-n", "net.ipv4.tcp_syn_retries"],
                             capture_output=True, text=True).stdout.strip()
    results = []
    for budget in ([None, 2000]):
        argv = inside + [args.rdpdiag, "--json", "127.0.0.1:3389"]
        if budget:
            argv[-1:-1] = ["--timeout", str(budget)]
        times = []
        for _ in range(3):
            wall, code, _, _ = watch_process(argv)
            times.append(wall)
        label = "rdpdiag (default budget, 5000 ms per step)" if budget is None else \
            "rdpdiag --timeout %d" % budget
        results.append((label, statistics.median(times), code))
    nmap = inside + ["nmap", "-Pn", "-n", "--script",
                     "+rdp-enum-encryption,+rdp-ntlm-info,+ssl-cert,+ssl-enum-ciphers",
                     "-p", "3389", "127.0.0.1"]
    wall, code, _, _ = watch_process(nmap)
    results.append(("nmap, the four scripts (prints `filtered`)", wall, code))
    if not args.skip_os_timeout:
        probe = ("import socket,time\ns=socket.socket()\nt=time.monotonic()\n"
                 "try:\n    s.connect(('127.0.0.1',3389))\nexcept OSError as e:\n    print(e)\n")
        wall, code, _, _ = watch_process(inside + [sys.executable, "-c", probe], limit=400)
        results.append(("OS connect() timeout (blocking connect, tcp_syn_retries=%s)" % retries,
                        wall, code))
    return results, None


def wizard_start(args, display):
    if not args.wizard or not os.path.exists(args.wizard):
        return None, "rdpdiag-wizard is not built"
    env = dict(os.environ, DISPLAY=":%d" % display, QT_QPA_PLATFORM="xcb")
    samples = []
    for attempt in range(args.runs + 1):
        start = time.monotonic()
        process = subprocess.Popen([args.wizard], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        mapped = None
        while time.monotonic() - start < 20 and process.poll() is None:
            tree = subprocess.run(["xwininfo", "-root", "-children"], env=env,
                                  capture_output=True, text=True).stdout
            for line in tree.splitlines():
                line = line.strip()
                if "rdpdiag" not in line.lower() or not line.startswith("0x"):
                    continue
                info = subprocess.run(["xwininfo", "-id", line.split()[0]], env=env,
                                      capture_output=True, text=True).stdout
                if "IsViewable" in info:
                    mapped = time.monotonic() - start
                    break
            if mapped is not None:
                break
        rss = hwm = 0
        if mapped is not None:
            time.sleep(0.5)
            with open("/proc/%d/status" % process.pid, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1])
                    elif line.startswith("VmHWM:"):
                        hwm = int(line.split()[1])
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        if mapped is None:
            return None, "the wizard showed no window within 20 s"
        if attempt > 0:  # the first run warms the page cache
            samples.append((mapped, rss, hwm))
    return {"mapped": statistics.median(s[0] for s in samples),
            "min": min(s[0] for s in samples), "max": max(s[0] for s in samples),
            "rss": statistics.median(s[1] for s in samples),
            "hwm": statistics.median(s[2] for s in samples)}, None


def fleet(args, work):
    results = []
    kinds = [("refused port", None), ("Standard RDP Security only (lab server `rdp`)", "rdp"),
             ("TLS, RSA-2048 (lab server `tls`)", "tls"),
             ("NLA: TLS + CredSSP/NTLM (lab server `nla`)", "nla")]
    for title, mode in kinds:
        port = free_port()
        if mode and not start_labserver(args.labserver, work, mode, port):
            log("lab server", mode, "did not start")
            continue
        for size in args.fleet_size:
            hosts = os.path.join(work, "hosts-%s-%d.txt" % (mode or "refused", size))
            with open(hosts, "w", encoding="utf-8") as f:
                f.write("# %d x the same loopback target\n" % size)
                f.write(("%s:%d\n" % (LOOP, port)) * size)
            for concurrency in args.fleet_concurrency:
                argv = [args.rdpdiag, "--hosts", hosts, "--json"]
                if concurrency:
                    argv += ["--concurrency", str(concurrency)]
                output = os.path.join(work, "fleet.jsonl")
                with open(output, "w") as out:
                    wall, code, rss, fds = watch_process(argv, stdout=out, limit=1800)
                with open(output, encoding="utf-8") as f:
                    records = sum(1 for _ in f)
                results.append((title, size, concurrency or "default", wall, code, rss, fds,
                                records, os.path.getsize(output)))
                log("fleet", title, size, concurrency, "%.1f s" % wall, "records", records)
    return results


def fleet_growth(results):
    """Per kind and concurrency: how wall time and peak RSS grow from the smallest count of
    targets to the largest (linear time: the time ratio equals the count ratio)."""
    rows = []
    groups = {}
    for title, size, concurrency, wall, code, rss, fds, records, output in results:
        groups.setdefault((title, concurrency), []).append((size, wall, rss, output))
    for (title, concurrency), runs in groups.items():
        runs.sort()
        if len(runs) < 2:
            continue
        (small, t_small, rss_small, _), (large, t_large, rss_large, out_large) = runs[0], runs[-1]
        rows.append((title, concurrency, small, large, large / small, t_large / t_small,
                     t_small / small * 1000, t_large / large * 1000, rss_small, rss_large,
                     out_large))
    return rows


def machine():
    model = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem = int(f.readline().split()[1]) // 1024 // 1024
    debian = open("/etc/debian_version", encoding="utf-8").read().strip() \
        if os.path.exists("/etc/debian_version") else "?"
    return "%s, %d cores, %d GiB RAM, Linux %s, Debian %s" % (
        model, os.cpu_count(), mem, platform.release(), debian)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rdpdiag", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--labserver", required=True)
    parser.add_argument("--wizard")
    parser.add_argument("--work", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fleet-size", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--fleet-concurrency", type=int, nargs="*", default=[0])
    parser.add_argument("--skip-os-timeout", action="store_true")
    parser.add_argument("--only", nargs="*", default=["peers", "filtered", "wizard", "fleet"])
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    load_before = os.getloadavg()
    display = 170 + os.getpid() % 50
    if not start_xvfb(display):
        sys.exit("bench: Xvfb did not start")

    out = ["## Benchmarks", "",
           "Machine: %s. Load average at start %.1f / %.1f / %.1f (a shared box: other jobs "
           "were running)." % ((machine(),) + load_before), ""]
    if "peers" in args.only:
        rows, summaries, budgets = healthy_servers(args, args.work, display)
        out += ["### Healthy servers: rdpdiag vs the peers (median of %d runs, hyperfine -N)"
                % args.runs, "",
                "| server | command | median | min–max | exit |", "|---|---|---|---|---|"]
        for server, name, r in rows:
            out.append("| %s | %s | %s | %s–%s | %s |" % (
                server, name, fmt(r["median"]), fmt(r["min"]), fmt(r["max"]),
                ",".join(str(c) for c in r["codes"])))
        out += ["", "| server | rdpdiag | peers combined (sum) | peers ÷ rdpdiag | floor | "
                "rdpdiag ÷ floor |", "|---|---|---|---|---|---|"]
        for server, ours, combined, floor in summaries:
            out.append("| %s | %s | %s | %.1f× | %s | %.1f× |" % (
                server, fmt(ours), fmt(combined), combined / ours, fmt(floor), ours / floor))
        out += ["", "Where a run's CPU goes (%d runs one after the other; the server's CPU "
                "includes the children it forks; the lower bound is both CPU figures divided "
                "by the %d cores: no order of the same connections can finish sooner on this "
                "machine, where client and server share the cores):" % (
                    max(args.runs, 20), os.cpu_count()), "",
                "| server | command | wall per run | its own CPU | server CPU | machine busy "
                "| lower bound | bound ÷ floor |", "|---|---|---|---|---|---|---|---|"]
        for server, name, b, floor in budgets:
            out.append("| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f %% | %.0f ms | %.1f× |"
                       % (server, name, b["wall"] * 1000, b["own"] * 1000, b["server"] * 1000,
                          b["busy"] * 100, b["bound"] * 1000, b["bound"] / floor))
        out.append("")
    if "filtered" in args.only:
        results, why = filtered_port(args, args.work)
        out += ["### Filtered port (SYN dropped by an nftables rule in a network namespace)", ""]
        if results is None:
            out += ["Skipped: %s." % why, ""]
        else:
            out += ["| command | wall time | exit |", "|---|---|---|"]
            out += ["| %s | %s | %s |" % (n, fmt(w), c) for n, w, c in results]
            out.append("")
    if "wizard" in args.only:
        result, why = wizard_start(args, display)
        out += ["### Wizard start (Xvfb, warm page cache, median of %d)" % args.runs, ""]
        if result is None:
            out += ["Skipped: %s." % why, ""]
        else:
            out += ["| start → first window mapped | min–max | resident memory then | peak |",
                    "|---|---|---|---|",
                    "| %.0f ms | %.0f–%.0f ms | %.1f MiB | %.1f MiB |" % (
                        result["mapped"] * 1000, result["min"] * 1000, result["max"] * 1000,
                        result["rss"] / 1024, result["hwm"] / 1024), ""]
    if "fleet" in args.only:
        results = fleet(args, args.work)
        out += ["### Fleet mode: `rdpdiag --hosts FILE --json`", "",
                "| targets | count | concurrency | wall time | targets/s | peak RSS | "
                "peak open fds | records | exit |", "|---|---|---|---|---|---|---|---|---|"]
        for title, size, concurrency, wall, code, rss, fds, records, _ in results:
            out.append("| %s | %d | %s | %s | %.0f | %.0f MiB | %d | %d | %d |" % (
                title, size, concurrency, fmt(wall), records / wall if wall else 0, rss / 1024,
                fds, records, code))
        out.append("")
        growth = fleet_growth(results)
        if growth:
            out += ["Growth from the smallest count to the largest (linear time: the time "
                    "ratio equals the count ratio; memory: peak RSS vs the JSON lines written, "
                    "which go to the output and are not kept):", "",
                    "| targets | concurrency | count ×  | time × | per 1000 (small → large) | "
                    "peak RSS (small → large) | JSON written (large) |",
                    "|---|---|---|---|---|---|---|"]
            for (title, concurrency, small, large, count_x, time_x, per_small, per_large,
                 rss_small, rss_large, out_large) in growth:
                out.append("| %s | %s | %.0f× | %.1f× | %s → %s | %.0f → %.0f MiB | %.0f MiB |"
                           % (title, concurrency, count_x, time_x, fmt(per_small),
                              fmt(per_large), rss_small / 1024, rss_large / 1024,
                              out_large / 1024 / 1024))
            out.append("")
    load_after = os.getloadavg()
    out.append("Load average at the end: %.1f / %.1f / %.1f." % load_after)
    text = "\n".join(out) + "\n"
    with open(os.path.join(args.work, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
