#!/usr/bin/env python3
"""A small fake OpenAI-compatible upstream for the AIlink live tests (loopback only).

POST /v1/chat/completions   a chat completion; SSE chunks when the body has "stream": true.
  model "status-<code>"     answers <code> with an OpenAI-shaped error (e.g. status-429, status-500)
  model "slow-<ms>"         waits <ms> milliseconds first
POST|GET /status/<code>     answers <code> with an OpenAI-shaped error
GET /v1/models              a model list
Every answer carries `x-upstream-auth: present|absent` (whether an Authorization header
arrived; the value itself is never echoed).
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("upstream: " + (fmt % args) + "\n")

    def _body(self):
        n = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(n) if n else b""
        try:
            return json.loads(raw) if raw else {}
        except ValueError:
            return {}

    def _send(self, status, payload, extra=None):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-upstream-auth", "present" if self.headers.get("authorization") else "absent")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status):
        extra = {"retry-after": "1"} if status == 429 else None
        self._send(status, {"error": {"message": f"upstream says {status}", "type": "upstream_test",
                                      "param": None, "code": f"upstream_{status}"}}, extra)

    def do_GET(self):
        if self.path.startswith("/status/"):
            return self._error(int(self.path.split("/")[2]))
        if self.path.startswith("/v1/models"):
            return self._send(200, {"object": "list", "data": [{"id": "gpt-4o", "object": "model"}]})
        self._send(404, {"error": {"message": "no such path", "type": "not_found"}})

    def do_POST(self):
        body = self._body()
        if self.path.startswith("/status/"):
            return self._error(int(self.path.split("/")[2]))
        if not self.path.startswith("/v1/chat/completions"):
            return self._send(404, {"error": {"message": "no such path", "type": "not_found"}})
        model = str(body.get("model", "gpt-4o"))
        if model.startswith("status-"):
            return self._error(int(model.split("-")[1]))
        if model.startswith("slow-"):
            time.sleep(int(model.split("-")[1]) / 1000)
        text = "Hello from the fake upstream"
        if body.get("stream"):
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("cache-control", "no-cache")
            self.send_header("connection", "close")
            self.end_headers()
            for i, word in enumerate(text.split(" ")):
                chunk = {"id": "chatcmpl-live", "object": "chat.completion.chunk", "created": 1763817600,
                         "model": model, "choices": [{"index": 0, "delta": (
                             {"role": "assistant", "content": word} if i == 0 else {"content": " " + word}),
                             "finish_reason": None}]}
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()
            done = {"id": "chatcmpl-live", "object": "chat.completion.chunk", "created": 1763817600,
                    "model": model, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(b"data: " + json.dumps(done).encode() + b"\n\ndata: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True
            return
        self._send(200, {"id": "chatcmpl-live", "object": "chat.completion", "created": 1763817600,
                         "model": model, "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                                      "finish_reason": "stop", "logprobs": None}],
                         "usage": {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 57503
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
