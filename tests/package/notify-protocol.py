#!/usr/bin/python3
"""The service notification protocol of castellan-server, tested against the real binary (sd_notify(3)).

Starts the server with NOTIFY_SOCKET naming a datagram socket this test listens on and WATCHDOG_USEC=2000000,
then expects READY=1 once the HTTPS listener is logged, WATCHDOG=1 about every second, RELOADING=1 with a
MONOTONIC_USEC of CLOCK_MONOTONIC then READY=1 after SIGHUP (systemctl reload), and STOPPING=1 after SIGTERM
followed by exit status 0. Runs once with a socket path and once with an abstract name ('@...').
Usage: notify-protocol.py SERVER_BINARY
"""
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        raise AssertionError(message)
    print("PASS:", message)


def receive(sock, deadline):
    sock.settimeout(max(0.01, deadline - time.monotonic()))
    try:
        return sock.recv(4096).decode()
    except socket.timeout:
        return None


def wait_for(sock, wanted, seconds, seen):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        message = receive(sock, deadline)
        if message is None:
            break
        seen.append((time.monotonic(), message))
        if wanted in message.split("\n"):
            return True
    return False


def run(server, work, address, bind_address, check_watchdog):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(bind_address)
    env = dict(os.environ, NOTIFY_SOCKET=address, WATCHDOG_USEC="2000000")
    env.pop("WATCHDOG_PID", None)
    state = os.path.join(work, "state-" + str(abs(hash(address))))
    log_path = os.path.join(work, "server.log")
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [server, "--state-dir", state, "--set", "http.port=0", "--set", "radius.port=0",
             "--set", "http.address=127.0.0.1"],
            env=env, stdout=log, stderr=subprocess.STDOUT)
    seen = []
    try:
        ready = wait_for(sock, "READY=1", 120, seen)
        check(ready, f"{address}: READY=1 received (messages: {[m for _, m in seen]})")
        with open(log_path) as f:
            log_text = f.read()
        # RADIUS is off: the only "listening" line is the HTTPS listener's, logged once it accepts.
        check(re.search(r"listening \S+ 127\.0\.0\.1:\d+", log_text) is not None,
              f"{address}: READY=1 came after the HTTPS listener was up")
        if check_watchdog:
            t_ready = time.monotonic()
            pings = []
            deadline = t_ready + 3.5
            while time.monotonic() < deadline:
                message = receive(sock, deadline)
                if message is None:
                    break
                if message == "WATCHDOG=1":
                    pings.append(time.monotonic())
            check(len(pings) >= 2, f"{address}: WATCHDOG=1 every half WATCHDOG_USEC ({len(pings)} in 3.5 s)")
        before = time.clock_gettime(time.CLOCK_MONOTONIC)
        proc.send_signal(signal.SIGHUP)
        reloading = wait_for(sock, "RELOADING=1", 30, seen)
        message = seen[-1][1] if seen else ""
        usec = re.search(r"^MONOTONIC_USEC=(\d+)$", message, re.M)
        after = time.clock_gettime(time.CLOCK_MONOTONIC)
        check(reloading and usec is not None and before * 1e6 <= int(usec.group(1)) <= after * 1e6,
              f"{address}: RELOADING=1 with MONOTONIC_USEC after SIGHUP ({message!r})")
        check(wait_for(sock, "READY=1", 30, seen), f"{address}: READY=1 when the reload is done")
        proc.send_signal(signal.SIGTERM)
        stopping = wait_for(sock, "STOPPING=1", 30, seen)
        check(stopping, f"{address}: STOPPING=1 after SIGTERM")
        status = proc.wait(timeout=60)
        check(status == 0, f"{address}: exit status {status} after SIGTERM")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        sock.close()


def main():
    server = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "notify.sock")
        run(server, work, path, path, check_watchdog=True)
        name = f"castellan-notify-test-{os.getpid()}"
        run(server, work, "@" + name, "\0" + name, check_watchdog=False)
    check(checks == 13, f"all {checks} checks ran")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print("FAIL:", e)
        sys.exit(1)
