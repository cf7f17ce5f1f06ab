#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small RDP-like server on 127.0.0.1 for the fleet benchmark (many runs against one port).

Modes (what a real server of that kind answers):
  rdp  X.224: RDP_NEG_RSP selecting Standard RDP Security for every request (xrdp
       security_layer=rdp); the run ends after the negotiation.
  tls  X.224: RDP_NEG_RSP selecting TLS when asked for it, else RDP_NEG_FAILURE
       SSL_REQUIRED_BY_SERVER; then a TLS 1.2/1.3 handshake with a self-signed RSA-2048
       certificate, then silence until the client closes (xrdp security_layer=tls).
  nla  like tls but selecting CredSSP (HYBRID) when asked, HYBRID_REQUIRED_BY_SERVER
       otherwise; after the handshake it reads the client's TSRequest (NTLM NEGOTIATE) and
       answers with a TSRequest carrying an NTLM CHALLENGE with target information (a
       Windows server with NLA).
usage: labserver.py MODE PORT CERT.pem KEY.pem [MAX_SECONDS]
Prints "ready" once listening; exits after MAX_SECONDS (default 3600).
"""
import socket
import ssl
import struct
import sys
import threading
import time

HOST = "127.0.0.1"


def neg_response(selected, flags=0x01):
    return bytes.fromhex("030000130ed00000123400") + bytes([0x02, flags, 0x08, 0x00]) + \
        struct.pack("<I", selected)


def neg_failure(code):
    return bytes.fromhex("030000130ed00000123400") + bytes([0x03, 0x00, 0x08, 0x00]) + \
        struct.pack("<I", code)


def der_length(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def der(tag, content):
    return bytes([tag]) + der_length(len(content)) + content


def av_pair(av_id, value):
    return struct.pack("<HH", av_id, len(value)) + value


def ntlm_challenge():
    u = lambda s: s.encode("utf-16-le")  # noqa: E731
    filetime = int((time.time() + 11644473600) * 10_000_000)
    info = (av_pair(2, u("LAB")) + av_pair(1, u("RDS01")) + av_pair(4, u("lab.test")) +
            av_pair(3, u("rds01.lab.test")) + av_pair(5, u("lab.test")) +
            av_pair(7, struct.pack("<Q", filetime)) + av_pair(0, b""))
    name = u("LAB")
    header = 56
    out = b"NTLMSSP\0" + struct.pack("<I", 2) + struct.pack("<HHI", len(name), len(name), header)
    out += struct.pack("<I", 0xE28A8235) + bytes(range(1, 9)) + b"\0" * 8
    out += struct.pack("<HHI", len(info), len(info), header + len(name))
    out += bytes([10, 0]) + struct.pack("<H", 20348) + b"\0\0\0\x0f"
    return out + name + info


def ts_request_with(token):
    body = der(0xA0, der(0x02, b"\x06")) + \
        der(0xA1, der(0x30, der(0x30, der(0xA0, der(0x04, token)))))
    return der(0x30, body)


def recv_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def read_der(sock):
    head = recv_exactly(sock, 2)
    length = head[1]
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(recv_exactly(sock, count), "big")
    return recv_exactly(sock, length)


def serve(conn, mode, context):
    try:
        conn.settimeout(15)
        head = recv_exactly(conn, 4)
        total = int.from_bytes(head[2:4], "big")
        request = head + recv_exactly(conn, max(0, total - 4))
        requested = struct.unpack("<I", request[-4:])[0] if len(request) >= 19 else 0
        if mode == "rdp":
            conn.sendall(neg_response(0))
        elif mode == "tls":
            if not requested & 0x01:
                conn.sendall(neg_failure(1))  # SSL_REQUIRED_BY_SERVER
                return
            conn.sendall(neg_response(0x01))
        else:  # nla
            if not requested & 0x02:
                conn.sendall(neg_failure(5))  # HYBRID_REQUIRED_BY_SERVER
                return
            conn.sendall(neg_response(0x02, 0x03))
        if mode != "rdp":
            conn = context.wrap_socket(conn, server_side=True)
            if mode == "nla":
                read_der(conn)  # the client's TSRequest with NTLM NEGOTIATE
                conn.sendall(ts_request_with(ntlm_challenge()))
        while conn.recv(4096):
            pass
    except (OSError, ssl.SSLError, ConnectionError, ValueError):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    mode, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    deadline = time.monotonic() + (float(sys.argv[5]) if len(sys.argv) > 5 else 3600)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, port))
    listener.listen(1024)
    listener.settimeout(1.0)
    print("ready", flush=True)
    while time.monotonic() < deadline:
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        threading.Thread(target=serve, args=(conn, mode, context), daemon=True).start()


if __name__ == "__main__":
    main()
