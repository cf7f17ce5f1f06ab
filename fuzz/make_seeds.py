#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<parser>/seed-*.

Seeds come from the byte cases of the unit tests (the hex and string literals of
tests/wire/*.cpp, read from the sources so they stay in step) plus a few structured inputs
built here the way the tests build them (NTLM CHALLENGE messages with AV pairs, TSRequests
carrying them, .rdp files in every encoding Windows saves, certificates made with the
openssl command line, hosts files). Files are named after a hash of their content, so
re-running the script adds nothing twice. Inputs that libFuzzer found later live beside the
seeds without the `seed-` prefix.

Usage: fuzz/make_seeds.py            (from anywhere; needs python3 and openssl)
"""
import hashlib
import os
import re
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")


def write_seed(parser, data):
    folder = os.path.join(CORPUS, parser)
    os.makedirs(folder, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        with open(path, "wb") as out:
            out.write(data)


# --- C++ string literals ------------------------------------------------------------------

_ESCAPES = {"n": b"\n", "r": b"\r", "t": b"\t", "0": b"\0", "\\": b"\\", '"': b'"', "'": b"'"}


def decode_c_literal(body):
    """The bytes of a C++ string literal body (between the quotes), UTF-8 source text."""
    out = bytearray()
    i = 0
    raw = body.encode("utf-8")
    while i < len(raw):
        c = raw[i:i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = chr(raw[i + 1])
        if nxt == "x":
            m = re.match(rb"[0-9a-fA-F]{1,2}", raw[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif nxt in "01234567" and re.match(rb"[0-7]{1,3}", raw[i + 1:]):
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += _ESCAPES.get(nxt, nxt.encode())
            i += 2
    return bytes(out)


# A call like NAME("a" "b" ...) with one or more adjacent literals as its first argument.
def literal_calls(source, names):
    pattern = r"(?:%s)\(\s*((?:\"(?:[^\"\\]|\\.)*\"\s*)+)" % "|".join(re.escape(n) for n in names)
    for match in re.finditer(pattern, source):
        parts = re.findall(r"\"((?:[^\"\\]|\\.)*)\"", match.group(1))
        yield b"".join(decode_c_literal(p) for p in parts)


def read_source(relative):
    with open(os.path.join(ROOT, relative), encoding="utf-8") as f:
        return f.read()


def hex_literals(relative):
    source = read_source(relative)
    out = []
    for text in literal_calls(source, ["hexBytes", "QByteArray::fromHex"]):
        digits = re.sub(rb"\s", b"", text)
        if re.fullmatch(rb"[0-9a-fA-F]*", digits) and len(digits) % 2 == 0:
            out.append(bytes.fromhex(digits.decode()))
    return out


def byte_literals(relative):
    return list(literal_calls(read_source(relative), ["QByteArray", "raw"]))


def string_literals(relative):
    return list(literal_calls(read_source(relative), ["QStringLiteral", "QString::fromUtf8"]))


# --- NTLM / TSRequest -----------------------------------------------------------------------

SPEC_CHALLENGE = bytes.fromhex(
    "4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef"
    "00000000000000002400240044000000060070170000000f5300650072007600"
    "6500720002000c0044006f006d00610069006e0001000c005300650072007600"
    "6500720000000000")


def utf16(text):
    return text.encode("utf-16-le")


def av_pair(av_id, value):
    return struct.pack("<HH", av_id, len(value)) + value


def challenge_with(target_info, flags=0xE28A8231, version=True):
    """A CHALLENGE_MESSAGE with TargetName "T" and @target_info (as tests/wire/TestNtlm.cpp)."""
    header_len = 56 if version else 48
    name = utf16("T")
    out = b"NTLMSSP\0" + struct.pack("<I", 2)
    out += struct.pack("<HHI", len(name), len(name), header_len)
    out += struct.pack("<I", flags) + bytes.fromhex("1122334455667788") + b"\0" * 8
    out += struct.pack("<HHI", len(target_info), len(target_info), header_len + len(name))
    if version:
        out += bytes([10, 0]) + struct.pack("<H", 20348) + b"\0\0\0\x0f"
    return out + name + target_info


def full_target_info():
    return (av_pair(2, utf16("CORP")) + av_pair(1, utf16("RDS01")) +
            av_pair(4, utf16("corp.example")) + av_pair(3, utf16("rds01.corp.example")) +
            av_pair(5, utf16("example")) + av_pair(6, struct.pack("<I", 2)) +
            av_pair(7, bytes.fromhex("00504191fa7bdd01")) + av_pair(0, b""))


def ntlm_seeds():
    seeds = [SPEC_CHALLENGE, challenge_with(full_target_info()),
             challenge_with(full_target_info(), version=False),
             challenge_with(av_pair(1, utf16("a")) + av_pair(0, b"")),
             challenge_with(av_pair(0, b"")), challenge_with(b""),
             challenge_with(av_pair(7, b"\1" * 4) + av_pair(0, b"")),
             challenge_with(av_pair(3, b"abc") + av_pair(0, b""))]
    seeds += hex_literals("tests/wire/TestNtlm.cpp")
    return seeds


def der_length(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def der(tag, content):
    return bytes([tag]) + der_length(len(content)) + content


def der_int(value):
    n = max(1, (value.bit_length() + 8) // 8)
    return der(0x02, value.to_bytes(n, "big", signed=True))


def ts_request(version, token=None, error_code=None):
    body = der(0xA0, der_int(version))
    if token is not None:
        body += der(0xA1, der(0x30, der(0x30, der(0xA0, der(0x04, token)))))
    if error_code is not None:
        body += der(0xA4, der_int(error_code))
    return der(0x30, body)


def tsrequest_seeds():
    seeds = hex_literals("tests/wire/TestTsRequest.cpp")
    for challenge in ntlm_seeds()[:3]:
        seeds.append(ts_request(6, challenge))
        seeds.append(ts_request(3, challenge))
    seeds.append(ts_request(6, None, -1073741715))  # errorCode STATUS_LOGON_FAILURE
    seeds.append(ts_request(2, b"\xaa\xbb\xcc\xdd\xee"))
    return seeds


# --- .rdp files -----------------------------------------------------------------------------

WINDOWS_LINES = [
    "screen mode id:i:2", "use multimon:i:0", "desktopwidth:i:1920", "desktopheight:i:1080",
    "session bpp:i:32", "full address:s:rdp.example.com:3390",
    "alternate full address:s:alt.example.com", "server port:i:3391", "audiomode:i:0",
    "username:s:CONTOSO\\alice", "password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01",
    "gatewayhostname:s:gw.example.com", "gatewayusagemethod:i:2",
    "gatewaycredentialssource:i:4", "enablecredsspsupport:i:0", "authentication level:i:2",
    "negotiate security layer:i:1", "prompt for credentials:i:0",
]


def rdpfile_seeds():
    seeds = []
    variants = [WINDOWS_LINES, ["full address:s:[2001:db8::5]:3390"],
                ["full address:s:192.0.2.10", "server port:i:3390"],
                ["full address:s:host", "enablecredsspsupport:i:1", "authentication level:i:0"]]
    for lines in variants:
        crlf = ("\r\n".join(lines) + "\r\n")
        seeds.append(b"\xff\xfe" + crlf.encode("utf-16-le"))
        seeds.append(crlf.encode("utf-16-le"))
        seeds.append(b"\xfe\xff" + crlf.encode("utf-16-be"))
        seeds.append(crlf.encode("utf-8"))
        seeds.append(b"\xef\xbb\xbf" + crlf.encode("utf-8"))
        seeds.append("\n".join(lines).encode("utf-8"))
    for text in byte_literals("tests/wire/TestRdpFile.cpp") + \
            string_literals("tests/wire/TestRdpFile.cpp"):
        if b":" in text:
            seeds.append(text + b"\r\n")
            seeds.append(b"full address:s:host\r\n" + text + b"\r\n")
    return seeds


# --- targets and hosts files -----------------------------------------------------------------

def target_seeds():
    seeds = []
    for text in string_literals("tests/wire/TestTarget.cpp"):
        seeds.append(b"\0\0\0" + text)  # UTF-8, default port 3389
    for text in [b"host:3390", b"[::1]:3390", "b\u00fccher.example".encode()]:
        seeds.append(b"\1\x3e\x0d" + text.decode().encode("utf-16-le"))  # UTF-16, port 3390
    return seeds


def hostsfile_seeds():
    return [
        b"# servers\nrdp1.example.com\nrdp2.example.com:3390  # test box\n\n[::1]:3389\n",
        b"127.0.0.1\r\n127.0.0.1:3390\r\n192.0.2.10\r\n",
        b"host,port,owner\nrdp1.example.com,3390,alice\n\"rdp2.example.com\",,bob\n",
        b"Name;Host;Port\r\nbox;10.0.0.5;3389\r\n# skipped\r\n;;\r\n",
        b"site\thost\nberlin\t2001:db8::1\n",
        b"\xef\xbb\xbfhost\nserver-a\n",
        b"\xff\xfe" + "host\r\nb\u00fccher.example\r\n".encode("utf-16-le"),
        b"\"host\",\"port\"\n\"a\"\"b\",\"1\"\n",
    ]


# --- certificates ----------------------------------------------------------------------------

def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def certificate_seeds():
    seeds = []
    with tempfile.TemporaryDirectory() as tmp:
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa.key", "-out",
                "rsa.pem", "-days", "365", "-subj", "/CN=localhost", "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1", "-addext",
                "extendedKeyUsage=serverAuth", "-addext", "keyUsage=digitalSignature",
                cwd=tmp)
        openssl("req", "-x509", "-newkey", "rsa:1024", "-sha1", "-nodes", "-keyout", "weak.key",
                "-out", "weak.pem", "-days", "30", "-subj", "/CN=weak.example", cwd=tmp)
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "ec.key", "-out", "ec.pem", "-days", "365", "-subj",
                "/CN=*.example.com", "-addext", "subjectAltName=DNS:*.example.com", cwd=tmp)
        openssl("req", "-x509", "-newkey", "ed25519", "-nodes", "-keyout", "ed.key", "-out",
                "ed.pem", "-days", "365", "-subj", "/CN=rdp.example.com", "-addext",
                "extendedKeyUsage=clientAuth", cwd=tmp)
        # A CA and a leaf it signed: a two-certificate chain.
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                "ca.pem", "-days", "3650", "-subj", "/CN=Test Root CA", "-addext",
                "basicConstraints=critical,CA:TRUE", cwd=tmp)
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
                "-subj", "/CN=rdp.example.com", cwd=tmp)
        with open(os.path.join(tmp, "ext.cnf"), "w") as f:
            f.write("subjectAltName=DNS:rdp.example.com,DNS:rdp\nextendedKeyUsage=serverAuth\n")
        openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "leaf.pem", "-days", "90", "-extfile", "ext.cnf",
                cwd=tmp)
        ders = {}
        for name in ["rsa", "weak", "ec", "ed", "ca", "leaf"]:
            openssl("x509", "-in", name + ".pem", "-outform", "DER", "-out", name + ".der",
                    cwd=tmp)
            with open(os.path.join(tmp, name + ".der"), "rb") as f:
                ders[name] = f.read()
            with open(os.path.join(tmp, name + ".pem"), "rb") as f:
                pem = f.read()
            selector = bytes([len(ders) % 6])  # the name the user "typed"
            seeds.append(selector + ders[name])
            seeds.append(selector + pem)
        with open(os.path.join(tmp, "leaf.pem"), "rb") as f:
            leaf_pem = f.read()
        with open(os.path.join(tmp, "ca.pem"), "rb") as f:
            ca_pem = f.read()
        seeds.append(b"\4" + ders["leaf"] + ders["ca"])
        seeds.append(b"\4" + leaf_pem + ca_pem)
    return seeds


def fixture(relative):
    with open(os.path.join(ROOT, "tests", "data", relative), "rb") as f:
        return f.read()


def selected(selector, files):
    """Seeds of the targets whose first byte picks the reader (fuzz_firewall.cpp …)."""
    return [bytes([selector]) + fixture(name) for name in files]


def firewall_seeds():
    return (selected(0, ["local/nft-mixed.json", "local/nft-ufw.json"]) +
            selected(1, ["local/iptables-save-plain.txt", "local/iptables-save-ufw.txt"]) +
            selected(2, ["local/ufw-status-verbose.txt"]) +
            selected(3, ["local/firewalld-list-all-zones.txt", "local/firewalld-public-only.txt"]) +
            selected(4, ["local/windows/netsh-rules-en.txt", "local/windows/netsh-rules-de.txt",
                         "local/windows/netsh-rules-malformed.txt"]) +
            selected(5, ["local/windows/netsh-profiles-en.txt",
                         "local/windows/netsh-profiles-de.txt"]) +
            selected(6, ["local/macos/pfctl-sr.txt", "local/macos/pfctl-sr-pass.txt"]) +
            selected(7, ["local/macos/pfctl-s-info-enabled.txt",
                         "local/macos/socketfilterfw-global-on.txt"]))


def network_seeds():
    return (selected(0, []) + [b"\x00nameserver 192.0.2.53\nsearch corp.example\n"] +
            selected(1, ["local/proc-net-route-host.txt", "local/proc-net-route-vpn.txt"]) +
            selected(2, ["local/proc-net-ipv6-route-host.txt"]) +
            selected(3, ["local/ip-route-get-default.json", "local/ip-route-get-vpn.json",
                         "local/ip-route-get-mtu.json", "local/ip-route-get-blackhole.json"]) +
            selected(4, ["local/ip-addr-vpn.json"]))


# --- netlink answers (engine/parsers/NetlinkMessages) ---------------------------------------

def nl_message(kind, body, flags=0x2):
    """One netlink message (host byte order, as the kernel sends), padded to 4 bytes."""
    data = struct.pack("=IHHII", 16 + len(body), kind, flags, 1, 0) + body
    return data + b"\0" * (-len(data) % 4)


def nl_attribute(kind, value):
    data = struct.pack("=HH", 4 + len(value), kind) + value
    return data + b"\0" * (-len(data) % 4)


def netlink_seeds():
    done = nl_message(3, struct.pack("=i", 0))
    links = b""
    for index, name, kind, flags, hw in [(1, b"lo", None, 0x10049, 772),
                                         (2, b"eth0", b"veth", 0x11043, 1),
                                         (3, b"wg0", b"wireguard", 0x10091, 65534),
                                         (4, b"ppp0", None, 0x10051, 512)]:
        attrs = nl_attribute(3, name + b"\0") + nl_attribute(4, struct.pack("=I", 1400))
        attrs += nl_attribute(16, b"\x06")
        if kind:
            attrs += nl_attribute(18 | 0x8000, nl_attribute(1, kind + b"\0"))
        links += nl_message(16, struct.pack("=BBHiII", 0, 0, hw, index, flags, 0) + attrs)
    addresses = (nl_message(20, struct.pack("=BBBBI", 2, 24, 0, 0, 2) +
                            nl_attribute(1, bytes([10, 0, 0, 2])) +
                            nl_attribute(2, bytes([10, 0, 0, 2]))) +
                 nl_message(20, struct.pack("=BBBBI", 10, 64, 0, 0, 3) +
                            nl_attribute(1, bytes.fromhex("20010db8000000000000000000000002"))))
    route = nl_message(24, struct.pack("=BBBBBBBBI", 2, 32, 0, 0, 254, 0, 0, 1, 0x200) +
                       nl_attribute(1, bytes([192, 0, 2, 7])) +
                       nl_attribute(4, struct.pack("=I", 2)) +
                       nl_attribute(5, bytes([10, 0, 0, 1])) +
                       nl_attribute(7, bytes([10, 0, 0, 2])) +
                       nl_attribute(8 | 0x8000, nl_attribute(2, struct.pack("=I", 1280))), 0)
    error = nl_message(2, struct.pack("=i", -101) + nl_message(26, b"\0" * 12, 1), 0)
    tables = (nl_message((10 << 8), struct.pack("=BBH", 1, 0, 0) + nl_attribute(1, b"filter\0")) +
              nl_message((10 << 8), struct.pack("=BBH", 10, 0, 0) + nl_attribute(1, b"t6\0")))
    return [b"\x00" + links + done, b"\x01" + links + done + addresses + done,
            b"\x02" + links + route, b"\x02" + error, b"\x03" + tables + done,
            b"\x03" + nl_message(2, struct.pack("=i", -1), 0)]


def serverparsers_seeds():
    windows = "server/windows/"
    return (selected(0, [windows + "en-healthy/icacls.txt", windows + "de-broken/icacls.txt"]) +
            selected(1, [windows + "en-broken/wevtutil-36870.txt",
                         windows + "de-broken/wevtutil-36870.txt"]) +
            selected(2, [windows + "en-healthy/netstat-TCP.txt", windows + "en-healthy/grace.txt"]) +
            [b"\x03[Globals]\nport=tcp://:3389 tcp6://[::1]:3390\nsecurity_layer=negotiate\n"
             b"crypt_level=high\nssl_protocols=TLSv1.2, TLSv1.3\ncertificate=\nkey_file=\n"])


# --- MCS Connect Response --------------------------------------------------------------------

# What xrdp 0.9.21 answered with security_layer=rdp (tests/integration/TestRdpSecurityXrdp):
# crypt_level=none (method and level 0, nothing else) ...
XRDP_NONE = bytes.fromhex(
    "0300006502f0807f665b0a0100020100301a020116020103020100020101020100020101020300fff80201"
    "020437000500147c00012a14760a01010001c0004d63446e8020010c0c000400080000000000030c0800eb"
    "030000020c0c000000000000000000")
# ... and the fixed part of its answers with encryption, up to the security data block.
XRDP_HEAD = bytes.fromhex(
    "000500147c00012a14760a01010001c0004d63446e")


def mcs_response(blocks, head=XRDP_HEAD):
    """TPKT + X.224 Data + Connect-Response (result 0) around GCC data with @blocks."""
    n = len(blocks)
    gcc = head + bytes([0x80 | (n >> 8), n & 0xFF]) + blocks
    body = (bytes.fromhex("0a0100020100301a020116020103020100020101020100020101020300fff8020102"
                          "0482") + struct.pack(">H", len(gcc)) + gcc)
    mcs = bytes.fromhex("7f6682") + struct.pack(">H", len(body)) + body
    return b"\x03\x00" + struct.pack(">H", 7 + len(mcs)) + bytes.fromhex("02f080") + mcs


def security_block(method, level, certificate):
    body = struct.pack("<IIII", method, level, 32, len(certificate)) + b"\x77" * 32 + certificate
    return struct.pack("<HH", 0x0C02, 4 + len(body)) + body


def proprietary_certificate(bits, version=1):
    keylen = bits // 8 + 8
    key = struct.pack("<IIIII", 0x31415352, keylen, bits, bits // 8 - 1, 65537) + b"\x5a" * keylen
    return (struct.pack("<IIIHH", version, 1, 1, 6, len(key)) + key +
            struct.pack("<HH", 8, 72) + b"\x11" * 72)


def mcs_seeds():
    core = bytes.fromhex("010c0c00040008000000000000")[:12]
    net = bytes.fromhex("030c0800eb030000")
    seeds = [XRDP_NONE, bytes.fromhex("0300000d02f0807f66030a010e")]
    for method, level in [(1, 1), (1, 2), (2, 3), (0x10, 4), (8, 2)]:
        seeds.append(mcs_response(core + security_block(method, level,
                                                         proprietary_certificate(2048)) + net))
    seeds.append(mcs_response(core + security_block(2, 3, proprietary_certificate(512,
                                                                                0x80000001)) + net))
    with tempfile.TemporaryDirectory() as tmp:
        openssl("req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "k.pem", "-out",
                "c.pem", "-days", "30", "-subj", "/CN=rdp.example", cwd=tmp)
        openssl("x509", "-in", "c.pem", "-outform", "DER", "-out", "c.der", cwd=tmp)
        with open(os.path.join(tmp, "c.der"), "rb") as f:
            der = f.read()
    chain = (struct.pack("<II", 0x80000002, 2) + struct.pack("<I", len(der)) + der +
             struct.pack("<I", len(der)) + der + b"\0" * 16)
    seeds.append(mcs_response(core + security_block(2, 3, chain) + net))
    seeds.append(chain)
    seeds.append(der)
    return seeds


def main():
    generators = {
        "x224": lambda: hex_literals("tests/wire/TestX224Codec.cpp") +
        byte_literals("tests/wire/TestX224Codec.cpp"),
        "mcs": mcs_seeds,
        "der": tsrequest_seeds,
        "tsrequest": tsrequest_seeds,
        "ntlm": ntlm_seeds,
        "rdpfile": rdpfile_seeds,
        "target": target_seeds,
        "certificate": certificate_seeds,
        "hostsfile": hostsfile_seeds,
        "firewall": firewall_seeds,
        "network": network_seeds,
        "serverparsers": serverparsers_seeds,
        "netlink": netlink_seeds,
    }
    only = set(sys.argv[1:])
    for parser, generate in generators.items():
        if only and parser not in only:
            continue
        seeds = generate()
        for seed in seeds:
            write_seed(parser, seed)
        print("%-12s %3d seeds" % (parser, len(set(seeds))))


if __name__ == "__main__":
    main()
