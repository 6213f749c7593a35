#!/usr/bin/env python3
"""Smart Git over HTTP on 127.0.0.1 for the demo: a tiny bridge to `git http-backend`.

    demo/git-http-server.py ROOT [--port N] [--port-file FILE]

Serves every repository under ROOT (bare or not) read-only at http://127.0.0.1:PORT/<name>,
for example ROOT/app (a work tree) as http://127.0.0.1:PORT/app. Port 0 (the default) picks a
free port; the chosen one is written to FILE and printed. Stops on SIGINT/SIGTERM.
"""
import argparse
import http.server
import os
import signal
import subprocess
import sys
import threading

BACKEND = ["git", "http-backend"]


class GitHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    root = "."

    def do_GET(self):
        self.run_backend()

    def do_POST(self):
        if self.path.split("?", 1)[0].endswith("/git-receive-pack"):
            self.send_error(403, "pushes are not accepted; commit in the served work tree")
            return
        self.run_backend()

    def run_backend(self):
        path, _, query = self.path.partition("?")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "GIT_PROJECT_ROOT": self.root,
            "GIT_HTTP_EXPORT_ALL": "1",
            "REQUEST_METHOD": self.command,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "REMOTE_ADDR": self.client_address[0],
            "SERVER_PROTOCOL": "HTTP/1.0",
            "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
            "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
        }
        length = self.headers.get("Content-Length")
        if length is not None:
            env["CONTENT_LENGTH"] = length
            body = self.rfile.read(int(length))
        elif self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self.read_chunked()
            env["CONTENT_LENGTH"] = str(len(body))
        else:
            body = b""
        result = subprocess.run(BACKEND, input=body, env=env, capture_output=True)
        if result.returncode != 0 and not result.stdout:
            self.send_error(500, result.stderr.decode(errors="replace").strip()[:200])
            return
        head, _, payload = result.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = result.stdout.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split(" ", 1)[0])
            elif name:
                headers.append((name, value.strip()))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def read_chunked(self):
        data = b""
        while True:
            size = int(self.rfile.readline().strip().split(b";", 1)[0], 16)
            if size == 0:
                self.rfile.readline()
                return data
            data += self.rfile.read(size)
            self.rfile.readline()

    def log_message(self, fmt, *args):
        sys.stderr.write("git-http: %s %s\n" % (self.address_string(), fmt % args))


def main():
    parser = argparse.ArgumentParser(description="Git smart HTTP for the Tideline demo")
    parser.add_argument("root")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    GitHandler.root = os.path.abspath(args.root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), GitHandler)
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(str(port))
        os.replace(args.port_file + ".tmp", args.port_file)
    print("git-http: serving %s on http://127.0.0.1:%d" % (GitHandler.root, port), flush=True)

    def stop(*_):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
