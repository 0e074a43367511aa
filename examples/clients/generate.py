"""POST /llm-codegen/generate with httpx (`pip install httpx`).

    LLM_CODEGEN_TOKEN=<jwt> python examples/clients/generate.py "Crie uma função Python que soma dois números"

Prints the validated code on standard output and the trace id, latency and quota left on
standard error. On an error answer prints what the service said (with the findings for
`unsafe_code`/`invalid_code` and the wait for `rate_limited`) and exits 1; exits 2 on bad
usage or when the service cannot be reached. LLM_CODEGEN_URL is the service
(default http://127.0.0.1:8787).
"""

import os
import sys

import httpx


def generate(url: str, token: str, prompt: str) -> httpx.Response:
    return httpx.post(
        f"{url}/llm-codegen/generate",
        headers={"Authorization": f"Bearer {token}"},
        json={"prompt": prompt},
        timeout=90,
    )


def main() -> int:
    token = os.environ.get("LLM_CODEGEN_TOKEN", "")
    url = os.environ.get("LLM_CODEGEN_URL", "http://127.0.0.1:8787").rstrip("/")
    if len(sys.argv) != 2 or not token:
        print('usage: LLM_CODEGEN_TOKEN=<jwt> generate.py "<prompt>"', file=sys.stderr)
        return 2
    try:
        response = generate(url, token, sys.argv[1])
    except httpx.HTTPError as error:
        print(f"no answer from {url}: {error}", file=sys.stderr)
        return 2
    try:
        body = response.json()
    except ValueError:
        print(f"HTTP {response.status_code}: not JSON", file=sys.stderr)
        return 1
    if response.status_code == 200:
        print(body["code"], end="" if body["code"].endswith("\n") else "\n")
        metrics = body["metrics"]
        print(
            f"trace_id {body['trace_id']}, {metrics['latency_seconds']} s, "
            f"quota left {metrics['quota_remaining']}, model {body['model']}",
            file=sys.stderr,
        )
        return 0
    error = body.get("error", {})
    print(f"HTTP {response.status_code} {error.get('code')}: {error.get('message')}", file=sys.stderr)
    for issue in body.get("validation_results", {}).get("issues", []):
        print(f"  {issue['code']} line {issue['line']}: {issue['message']}", file=sys.stderr)
    if "retry-after" in response.headers:
        print(f"retry after {response.headers['retry-after']} s", file=sys.stderr)
    print(f"trace_id {body.get('trace_id')}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
