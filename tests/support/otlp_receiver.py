"""A local OTLP/HTTP trace receiver for the tests, decoding with the official
OpenTelemetry protobuf definitions (the `opentelemetry-proto` package).

POST /v1/traces takes JSON (OTLP JSON: ids in hex, as the OTLP spec says) or protobuf.
The JSON is decoded strictly by `google.protobuf.json_format.Parse` into an
`ExportTraceServiceRequest`: an unknown field or a wrong type is a 400 with the parser's
message, which the test sees. GET /spans returns what was decoded, flattened; GET
/requests the headers of each export; POST /control {"status": 503} makes the next
exports fail with that status (200 to recover). Prints "listening <port>" when ready.
"""

import base64
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from google.protobuf import json_format
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
)
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

ID_FIELDS = ("traceId", "spanId", "parentSpanId")

state = {"spans": [], "requests": [], "fail_status": None, "errors": []}


def hex_ids_to_base64(document):
    """OTLP JSON writes ids as hex; protobuf's JSON mapping wants base64 bytes."""
    for resource in document.get("resourceSpans", []):
        for scope in resource.get("scopeSpans", []):
            for span in scope.get("spans", []):
                for field in ID_FIELDS:
                    if field in span:
                        span[field] = base64.b64encode(bytes.fromhex(span[field])).decode()


def any_value(value):
    kind = value.WhichOneof("value")
    return getattr(value, kind) if kind else None


def flatten(request):
    out = []
    for resource_spans in request.resource_spans:
        resource = {a.key: any_value(a.value) for a in resource_spans.resource.attributes}
        for scope_spans in resource_spans.scope_spans:
            for span in scope_spans.spans:
                out.append(
                    {
                        "resource": resource,
                        "scope": scope_spans.scope.name,
                        "traceId": span.trace_id.hex(),
                        "spanId": span.span_id.hex(),
                        "parentSpanId": span.parent_span_id.hex(),
                        "name": span.name,
                        "kind": Span.SpanKind.Name(span.kind),
                        "startTimeUnixNano": span.start_time_unix_nano,
                        "endTimeUnixNano": span.end_time_unix_nano,
                        "attributes": {a.key: any_value(a.value) for a in span.attributes},
                        "status": Status.StatusCode.Name(span.status.code),
                        "statusMessage": span.status.message,
                    }
                )
    return out


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/spans":
            self.reply(200, state["spans"])
        elif self.path == "/requests":
            self.reply(200, {"requests": state["requests"], "errors": state["errors"]})
        else:
            self.reply(404, {"error": "unknown path"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if self.path == "/control":
            state["fail_status"] = json.loads(body).get("status")
            if state["fail_status"] == 200:
                state["fail_status"] = None
            self.reply(200, {})
            return
        if self.path != "/v1/traces":
            self.reply(404, {"error": "unknown path"})
            return
        state["requests"].append({k.lower(): v for k, v in self.headers.items()})
        if state["fail_status"]:
            self.reply(state["fail_status"], {"error": "told to fail"})
            return
        request = ExportTraceServiceRequest()
        try:
            if self.headers.get("content-type", "").startswith("application/x-protobuf"):
                request.ParseFromString(body)
            else:
                document = json.loads(body)
                hex_ids_to_base64(document)
                json_format.ParseDict(document, request)
        except Exception as error:  # the test reads these
            state["errors"].append(str(error))
            self.reply(400, {"error": str(error)})
            return
        state["spans"].extend(flatten(request))
        self.reply(200, {})


def main():
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Handler)
    print(f"listening {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
