#!/usr/bin/env python3
"""api-hijack.py SOCKET METHOD URLPATH INPUT SECONDS STATUSFILE

A hijacked Engine API request, as the docker client makes one for attach and exec start: the
request with "Connection: Upgrade" and "Upgrade: tcp" (and Content-Type: text/plain), then INPUT
written on the connection, then whatever the engine sends during SECONDS (or until it closes the
connection) written to stdout. The response's status code goes to STATUSFILE. Used by the `apih`
helper of run-scenario.sh.
"""
import socket
import sys
import time


def main():
    sock_path, method, path, data, seconds, status_file = sys.argv[1:7]
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sock_path)
    s.sendall((f"{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
               "Connection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n").encode())
    deadline = time.monotonic() + float(seconds)
    buf = b""
    while b"\r\n\r\n" not in buf:
        s.settimeout(max(0.01, deadline + 5 - time.monotonic()))
        try:
            chunk = s.recv(65536)
        except socket.timeout:
            break
        if not chunk:
            break
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    status = head.split(b"\r\n", 1)[0].split(b" ")
    with open(status_file, "w") as f:
        f.write(status[1].decode() if len(status) > 1 else "000")
    if data:
        s.sendall(data.encode())
    out = rest
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        s.settimeout(left)
        try:
            chunk = s.recv(65536)
        except socket.timeout:
            break
        if not chunk:
            break
        out += chunk
    s.close()
    sys.stdout.buffer.write(out)


if __name__ == "__main__":
    main()
