#!/usr/bin/env python3
"""The preview server's benchmark: how long `campaign-site serve` takes from an editor's save
to the reload event that open pages receive, and how much memory it holds.

Usage: serve.py BINARY SITE [EDITS]. SITE is a site folder (the corpus of corpus.py); it is
left as it was found. Reports, each on a line `what<TAB>value`:
  serve-start-s      from starting the server to its first answer (the initial build);
  body-edit-ms       median, from the write of an article's body (a sentence added) to the
                     `reload` event on the events stream, over EDITS saves (default 5),
                     each to another article;
  title-edit-ms      the same for a change of an article's title (a list-level fact);
  serve-peak-kb      the server's peak resident memory (VmHWM) at the end.
Standard library only. Every edit is put back before the next one.
"""
import os
import re
import socket
import statistics
import subprocess
import sys
import time

binary, site = sys.argv[1], sys.argv[2]
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def articles(root):
    """Articles of the default language, in a fixed order."""
    found = []
    for folder, _, files in os.walk(os.path.join(root, "content")):
        for name in files:
            if name.endswith(".vi.md") and not name.startswith("_index"):
                found.append(os.path.join(folder, name))
    found.sort()
    return found


def events(port):
    """The events stream, read until its first comment (the server is listening)."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__campaign-site/events HTTP/1.1\r\nHost: x\r\n\r\n")
    s.settimeout(600)
    buf = b""
    while b": connected" not in buf and b"event: build-error" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("the events stream closed")
        buf += chunk
    if b"build-error" in buf:
        raise SystemExit("the site has errors: " + buf.decode(errors="replace")[-2000:])
    return s


def wait_event(s, started):
    """Milliseconds from `started` to the next `reload` event."""
    buf = b""
    while b"event: reload" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("the events stream closed")
        if b"event: build-error" in chunk:
            raise SystemExit("an edit broke the build: " + chunk.decode(errors="replace"))
        buf += chunk
    return (time.monotonic() - started) * 1000


def edit(s, path, change):
    with open(path, encoding="utf-8") as f:
        before = f.read()
    started = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(change(before))
    ms = wait_event(s, started)
    with open(path, "w", encoding="utf-8") as f:
        f.write(before)
    wait_event(s, time.monotonic())
    return ms


def retitle(text):
    return re.sub(r'^title: "?', lambda m: m.group(0) + "Sửa: ", text, count=1, flags=re.M)


def main():
    port = free_port()
    started = time.monotonic()
    server = subprocess.Popen(
        [binary, "serve", "--root", site, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                s = events(port)
                break
            except ConnectionRefusedError:
                if server.poll() is not None:
                    raise SystemExit("serve stopped")
                time.sleep(0.02)
        print(f"serve-start-s\t{time.monotonic() - started:.2f}")
        time.sleep(0.5)
        chosen = articles(site)[:: max(1, len(articles(site)) // (edits + 1))][1 : edits + 1]
        body = [edit(s, a, lambda t: t + "\nMột câu mới được thêm vào.\n") for a in chosen]
        print(f"body-edit-ms\t{statistics.median(body):.0f}")
        print(f"title-edit-ms\t{edit(s, chosen[0], retitle):.0f}")
        with open(f"/proc/{server.pid}/status") as f:
            hwm = re.search(r"VmHWM:\s+(\d+)", f.read()).group(1)
        print(f"serve-peak-kb\t{hwm}")
    finally:
        server.terminate()
        server.wait()


main()
