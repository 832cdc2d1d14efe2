# source: integration-cli/docker_api_attach_test.go TestGetContainersAttachWebsocket (plus the handshake's refusals, logs=1, text frames before API 1.28)
# fixtures: busybox
cat >$TMP/ws.py <<'EOF'
# ws.py PATH [SEND] [WANT] [HEADERS...]: an RFC 6455 client over the engine's unix socket (stdlib only).
# Prints the answer's status line and sorted headers (Date dropped), then, once upgraded: sends SEND as one
# masked text frame, reads frames until WANT payload bytes came (or 5 s), prints the payload, the
# data frames' opcodes, then sends a close frame and prints what follows until EOF.
import base64, os, socket, struct, sys, time
path, send, want = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else ""), int(sys.argv[3]) if len(sys.argv) > 3 else 0
extra = sys.argv[4:]
s = socket.socket(socket.AF_UNIX); s.connect(os.environ["WS_SOCK"]); s.settimeout(5)
hdrs = ["Host: localhost", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Origin: http://localhost", "Sec-WebSocket-Version: 13"]
for h in extra:
    name = h.split(":", 1)[0].lower()
    hdrs = [x for x in hdrs if x.split(":", 1)[0].lower() != name]
    if ":" in h and h.split(":", 1)[1].strip():
        hdrs.append(h)
s.sendall(("GET %s HTTP/1.1\r\n%s\r\n\r\n" % (path, "\r\n".join(hdrs))).encode())
buf = b""
def fill():
    global buf
    try:
        d = s.recv(65536)
    except (socket.timeout, OSError):
        return False
    if not d:
        return False
    buf += d
    return True
while b"\r\n\r\n" not in buf and fill():
    pass
head, _, buf = buf.partition(b"\r\n\r\n")
lines = head.decode().split("\r\n")
print(lines[0])
for l in sorted(lines[1:]):
    if l.lower().startswith("server:"):
        print("  Server: (set)")
    elif not l.lower().startswith("date:") and not l.lower().startswith("content-length:"):
        print("  " + l)
if " 101 " not in lines[0]:
    while fill():
        pass
    print("body: %r" % buf.decode())
    sys.exit(0)
def frame():
    global buf
    while True:
        if len(buf) >= 2:
            n = buf[1] & 0x7f; off = 2
            if n == 126 and len(buf) >= 4: n = struct.unpack(">H", buf[2:4])[0]; off = 4
            elif n == 127 and len(buf) >= 10: n = struct.unpack(">Q", buf[2:10])[0]; off = 10
            if n < 126 or off > 2:
                if buf[1] & 0x80: print("masked server frame!")
                if len(buf) >= off + n:
                    f = (buf[0] & 0x0f, buf[off:off + n]); buf = buf[off + n:]; return f
        if not fill():
            return None
def sendframe(op, payload):
    mask = b"\x01\x02\x03\x04"
    b = bytes([0x80 | op, 0x80 | len(payload)]) + mask + bytes(c ^ mask[i % 4] for i, c in enumerate(payload))
    try:
        s.sendall(b)
    except OSError:
        pass  # the engine may have closed the connection already (a race): not shown
if send:
    sendframe(1, send.encode())
got = b""; ops = set(); end = time.time() + 5
while len(got) < want and time.time() < end:
    f = frame()
    if f is None: break
    if f[0] == 8:
        print("close frame before the data: %r" % f[1]); break
    ops.add(f[0]); got += f[1]
print("payload: %r" % got)
print("data opcodes: %s" % sorted(ops))
sendframe(8, b"\x03\xe8")
rest = []
while True:
    f = frame()
    if f is None: break
    rest.append("close %d" % struct.unpack(">H", f[1][:2])[0] if f[0] == 8 and len(f[1]) >= 2 else "opcode %d %r" % f)
print("after our close: %s" % rest)
EOF
export WS_SOCK=$(api_sock)
d run -dit --network none --name ws busybox cat
sh_d 'python3 ws.py /v1.41/containers/ws/attach/ws?stream=1\&stdin=1\&stdout=1\&stderr=1 hello 5'
d inspect -f '{{.State.Status}}' ws
note the stdin/stdout/stderr flags are ignored: all three are attached
sh_d 'python3 ws.py /v1.27/containers/ws/attach/ws?stream=1 abc 3'
d run --network none --name logc busybox sh -c 'echo out; sleep 0.5; echo err >&2'
sh_d 'python3 ws.py /v1.41/containers/logc/attach/ws?logs=1 "" 8'
sh_d 'python3 ws.py /v1.41/containers/logc/attach/ws?logs=0\&stream=0 "" 0'
note handshake refusals
sh_d 'python3 ws.py /v1.41/containers/ws/attach/ws?stream=1 "" 0 "Sec-WebSocket-Version: 8"'
sh_d 'python3 ws.py /v1.41/containers/ws/attach/ws?stream=1 "" 0 "Sec-WebSocket-Key:"'
sh_d 'python3 ws.py /v1.41/containers/ws/attach/ws?stream=1 "" 0 "Upgrade: tcp"'
sh_d 'python3 ws.py /v1.41/containers/ws/attach/ws?stream=1 "" 0 "Sec-WebSocket-Protocol: a, b"'
sh_d 'python3 ws.py /v1.41/containers/nosuch/attach/ws?stream=1 "" 0'
d rm -f ws
