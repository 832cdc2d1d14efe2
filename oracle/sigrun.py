# sigrun.py MODE SIGNAL WAIT SHOW CMD...: runs CMD with its stdin and output on a pseudo-terminal
# (MODE pty) or on pipes that stay open (MODE pipe); once WAIT holds (text:T = T seen in the output,
# else a bash command that succeeds) sends SIGNAL to CMD; prints CMD's output (SHOW=1, as Python
# reprs, before and after the signal) and its exit status
import os, pty, select, signal, subprocess, sys, time
mode, sig, wait, show, cmd = sys.argv[1], getattr(signal, sys.argv[2]), sys.argv[3], sys.argv[4] == "1", sys.argv[5:]
if mode == "pty":
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
else:
    r, w = os.pipe()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=w, stderr=w)
    os.close(w)
    pid, fd = p.pid, r
out, after, sent, status, deadline = b"", b"", False, None, time.time() + 60
def ready():
    if wait.startswith("text:"):
        return wait[5:].encode() in out
    return subprocess.run(["bash", "-c", wait], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
while time.time() < deadline:
    rd, _, _ = select.select([fd], [], [], 0.1)
    data = b""
    if rd:
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b""
    if sent:
        after += data
    else:
        out += data
    if status is not None and not data:
        break
    if not sent and ready():
        os.kill(pid, sig)
        sent = True
    if status is None:
        p2, st = os.waitpid(pid, os.WNOHANG)
        if p2:
            status = os.waitstatus_to_exitcode(st)
if show:
    print("before the signal:", repr(out.decode()))
    print("after the signal:", repr(after.decode()))
print("signal sent:", sent, "exit status:", status)
