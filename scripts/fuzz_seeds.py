"""Seeds the cargo-fuzz corpora (fuzz/corpus/<target>/) from the repository's own test
material: every fixture case and corpus answer for the engine targets, fenced answers for
extraction, policies and prompts from the tests, tokens for the JWT path. Idempotent: a
seed is named by its SHA-1."""

import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(target, data):
    out = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(out, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def cases():
    files = glob.glob(os.path.join(ROOT, "crates/sanitize-core/tests/fixtures/*/*.py"))
    files += glob.glob(os.path.join(ROOT, "tests/corpus/*.py"))
    for path in sorted(files):
        text = open(path, encoding="utf-8").read()
        for part in text.split("# case:"):
            if part.strip():
                yield "# case:" + part


def main():
    count = 0
    for code in cases():
        write("validate", code)
        count += 1
        if count % 5 == 0:
            write("extract", f"Here is the code:\n\n```python\n{code}```\n\nIt works.")
            write("extract", f"```\n{code}\n```")
    for answer in glob.glob(os.path.join(ROOT, "examples/*.md")):
        write("extract", open(answer, encoding="utf-8").read())
    for policy in [
        {},
        {"block_severity": "high"},
        {"block_severity": "low", "allow": {"modules": ["pathlib"], "calls": ["open"]}},
        {"deny": {"modules": ["requests"], "calls": ["print"], "attributes": ["__dict__"]}},
        {"disable_rules": ["S101", "style"]},
        {"limits": {"max_bytes": 100000, "max_depth": 50}},
    ]:
        write("policy", json.dumps(policy))
    for prompt in [
        "Write a function that adds two numbers",
        "Use my key sk-proj-4f9Kx2LmQ8vT1nB7cR3wY6zA0dE5gH to list models",
        "password = \"Tr0ub4dor&3xQ9zL\" in the config",
        "connect to postgres://admin:S3cr3tPassw0rd!@db.internal:5432/app",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
        "AKIAQ3EGRTMXV5WPLN7K and ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
    ]:
        write("prompt", prompt)
    write("jwt", b"\x00eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")
    write("jwt", b'\x01{"alg":"HS256"}\x00{"sub":"u","exp":1764000600}')
    write("jwt", b'\x01{"alg":"none"}\x00{"sub":"u","exp":1764000600,"nbf":1}')
    write("jwt", b'\x00{"keys":[{"kty":"RSA","kid":"k","n":"AQAB","e":"AQAB"}]}')
    print(f"seeded fuzz/corpus from {count} fixture cases", file=sys.stderr)


if __name__ == "__main__":
    main()
