#!/usr/bin/env python3
"""`make deploy-check`: what `wrangler deploy` would ship, checked offline.

Runs `wrangler deploy --dry-run --outdir DIR` (no account, no network) and checks:

- the bundle (every module wrangler would upload, gzip-compressed one by one as the
  upload is) is within the Workers free plan's 3 MB limit with margin: the target is
  1 MB gzip;
- the Durable Object migrations agree with the bindings and with the classes the built
  worker exports: every bound class is created by a migration, not deleted or renamed
  away, and exported; migration tags are unique; no class is created twice;
- no development value is in the production bindings: no loopback or private address,
  no plain-http URL, no secret in `[vars]` (secrets are set with `wrangler secret put`),
  no value from `.dev.vars`, no development stand-in value; the required non-secret
  settings are there;
- the playground assets are within the static-assets limits.

Exit status 0 when every check passes, 1 when one fails (each failure is printed with
what to do), 2 when the dry run itself could not run. `--size-only` prints the bundle
figure only (for `make bench`).
"""

from __future__ import annotations

import argparse
import gzip
import ipaddress
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    sys.exit("deploy-check needs Python 3.11 or newer (for tomllib)")

REPO = Path(__file__).resolve().parent.parent
KB = 1000
MB = 1000 * 1000
# Workers size limits (after compression): 3 MB on the free plan, 10 MB on paid plans.
FREE_PLAN_LIMIT = 3 * MB
TARGET = 1 * MB
# Static assets: at most 20 000 files of at most 25 MiB each (free plan).
ASSET_FILES_LIMIT = 20_000
ASSET_FILE_BYTES_LIMIT = 25 * 1024 * 1024

# Set with `wrangler secret put`, never in [vars] (they would be in the dashboard and
# in the repository in clear).
SECRETS = ("JWT_SECRET", "LLM_API_KEY", "METRICS_TOKEN", "OTEL_EXPORTER_OTLP_HEADERS")
# Non-secret settings the service cannot start without (crates/codegen-service config).
REQUIRED_VARS = ("LLM_API_URL", "LLM_MODEL")
# Values that only development uses (scripts/dev.mjs, scripts/dev-llm.mjs).
DEV_VALUES = ("dev-stand-in-key", "dev-user")
QUIET_ENV = {
    "WRANGLER_SEND_METRICS": "false",
    "WRANGLER_SEND_ERROR_REPORTS": "false",
    "WRANGLER_HIDE_BANNER": "true",
    "CLOUDFLARE_CF_FETCH_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.notes: list[str] = []

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def ok(self, message: str) -> None:
        self.notes.append(message)


def kib(n: int) -> str:
    return f"{n / 1024:.0f} KiB"


def mb(n: int) -> str:
    return f"{n / MB:.2f} MB"


# ---- the dry run ---------------------------------------------------------------------
def dry_run(config: Path, env: str | None, outdir: Path) -> tuple[int, str]:
    node = REPO / "node_modules/.bin/node"
    wrangler = REPO / "node_modules/wrangler/bin/wrangler.js"
    if not node.exists() or not wrangler.exists():
        print("deploy-check: wrangler is not installed; run `make setup-node`", file=sys.stderr)
        sys.exit(2)
    command = [str(node), str(wrangler), "deploy", "--dry-run", "--outdir", str(outdir), "--config", str(config)]
    if env:
        command += ["--env", env]
    result = subprocess.run(
        command,
        cwd=config.parent,
        env={**os.environ, **QUIET_ENV},
        capture_output=True,
        text=True,
        timeout=300,
    )
    # Without wrangler's colours: the output is quoted in messages and logs.
    return result.returncode, re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)


def modules(outdir: Path) -> list[Path]:
    """What the dry run wrote to upload: the bundled entry module and what it imports
    (not its source map nor wrangler's README)."""
    return sorted(p for p in outdir.rglob("*") if p.is_file() and p.suffix != ".map" and p.name != "README.md")


def bundle_size(outdir: Path) -> tuple[int, int, list[tuple[str, int, int]]]:
    rows = []
    for path in modules(outdir):
        data = path.read_bytes()
        rows.append((str(path.relative_to(outdir)), len(data), len(gzip.compress(data, compresslevel=9, mtime=0))))
    return sum(r[1] for r in rows), sum(r[2] for r in rows), rows


def wrangler_gzip(output: str) -> int | None:
    """Wrangler's own figure (`Total Upload: … / gzip: 887.08 KiB`), in bytes."""
    found = re.search(r"Total Upload:.*?gzip:\s*([\d.]+)\s*(KiB|MiB)", output)
    if not found:
        return None
    return int(float(found.group(1)) * (1024 if found.group(2) == "KiB" else 1024 * 1024))


def check_size(report: Report, raw: int, gz: int, target: int) -> None:
    figure = f"bundle: {mb(raw)} raw, {kib(gz)} gzip ({mb(gz)}; {gz * 100 / FREE_PLAN_LIMIT:.0f}% of the free plan's 3 MB)"
    if gz > FREE_PLAN_LIMIT:
        report.fail(f"{figure}: over the free plan's limit; `wrangler deploy` would be refused")
    elif gz > target:
        report.fail(f"{figure}: over the target of {mb(target)} gzip that keeps a margin under the limit")
    else:
        report.ok(f"{figure}; target ≤ {mb(target)}")


# ---- Durable Objects -----------------------------------------------------------------
def exported_names(entry: Path, seen: set[Path] | None = None) -> set[str]:
    """The names a module exports, following `export * from "./relative.js"`."""
    seen = seen if seen is not None else set()
    if entry in seen or not entry.exists():
        return set()
    seen.add(entry)
    text = entry.read_text(encoding="utf-8", errors="replace")
    names: set[str] = set()
    for group in re.findall(r"\bexport\s*\{([^}]*)\}", text):
        for item in group.split(","):
            item = item.strip()
            if item:
                names.add(item.split(" as ")[-1].strip())
    names.update(re.findall(r"\bexport\s+(?:default\s+)?(?:class|function|const|let|var)\s+([A-Za-z_$][\w$]*)", text))
    for target in re.findall(r"\bexport\s*\*\s*from\s*['\"](\.[^'\"]+)['\"]", text):
        names |= exported_names((entry.parent / target).resolve(), seen)
    return names


def check_durable_objects(report: Report, section: dict, migrations: list, exports: set[str] | None) -> None:
    before = len(report.failures)
    live: dict[str, str] = {}  # class -> the tag that created it
    tags: list[str] = []
    for number, migration in enumerate(migrations, 1):
        tag = migration.get("tag")
        where = f"migration {number} (tag {tag!r})"
        if not tag:
            report.fail(f"migration {number} has no tag: every [[migrations]] entry needs a unique tag")
        elif tag in tags:
            report.fail(f"{where}: the tag is used twice; tags must be unique (Cloudflare applies each tag once)")
        tags.append(tag)
        for kind in ("new_classes", "new_sqlite_classes"):
            for cls in migration.get(kind, []):
                if cls in live:
                    report.fail(f"{where}: {cls} is created again (first by tag {live[cls]!r}); add classes once, never re-add")
                live[cls] = tag
        for cls in migration.get("deleted_classes", []):
            if cls not in live:
                report.fail(f"{where}: deletes {cls}, which no earlier migration created")
            live.pop(cls, None)
        for rename in migration.get("renamed_classes", []):
            old, new = rename.get("from"), rename.get("to")
            if old not in live:
                report.fail(f"{where}: renames {old}, which no earlier migration created")
            else:
                live[new] = live.pop(old)
        for transfer in migration.get("transferred_classes", []):
            live[transfer.get("to")] = tag
    bindings = section.get("durable_objects", {}).get("bindings", [])
    names = [b.get("name") for b in bindings]
    for name in {n for n in names if names.count(n) > 1}:
        report.fail(f"Durable Object binding {name} is declared twice")
    for binding in bindings:
        if binding.get("script_name"):
            continue  # a class of another worker: its migrations live there
        cls = binding.get("class_name")
        if cls not in live:
            report.fail(
                f"Durable Object binding {binding.get('name')} uses class {cls}, which no migration creates "
                f"(or a later one deleted or renamed): add `[[migrations]] tag = \"vN\" new_sqlite_classes = [\"{cls}\"]`"
            )
        if exports is not None and cls not in exports:
            report.fail(
                f"Durable Object binding {binding.get('name')} uses class {cls}, which the built worker does not export "
                f"(exports: {', '.join(sorted(exports)) or 'none'})"
            )
    if exports is not None:
        for cls in sorted(set(live) - exports):
            report.fail(f"class {cls} is created by migration {live[cls]!r} but the built worker does not export it; "
                        f"delete it with a `deleted_classes` migration or export it")
    if len(report.failures) == before:
        report.ok(f"Durable Objects: {len(bindings)} bindings, {len(migrations)} migrations "
                  f"({', '.join(t for t in tags if t)}), classes {', '.join(sorted(live))} exported")


# ---- development values --------------------------------------------------------------
def read_dev_vars(path: Path) -> dict[str, str]:
    values = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip().strip('"')
    return values


def local_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in ("localhost", "host.docker.internal") or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_unspecified or address.is_link_local


URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>)]+", re.I)


def check_vars(report: Report, section: dict, dev_vars: dict[str, str]) -> None:
    variables = section.get("vars", {})
    before = len(report.failures)
    for name in SECRETS:
        if name in variables:
            report.fail(f"[vars] has {name}, a secret: remove it and run `npx wrangler secret put {name}`")
    for name in REQUIRED_VARS:
        if not str(variables.get(name, "")).strip():
            report.fail(f"[vars] has no {name}: the deployed service would answer `misconfigured`")
    secret_values = {v for k, v in dev_vars.items() if len(v) >= 8}
    for name, value in variables.items():
        text = value if isinstance(value, str) else str(value)
        for url in URL.findall(text):
            parts = urlsplit(url)
            if parts.hostname and local_host(parts.hostname):
                report.fail(f"[vars] {name} points at {parts.hostname}, a loopback or private address: "
                            f"production cannot reach it; development values belong in .dev.vars")
            elif parts.scheme.lower() == "http":
                report.fail(f"[vars] {name} is a plain-http URL: use https (keys and prompts would travel in clear)")
        if any(v and v in text for v in secret_values):
            report.fail(f"[vars] {name} holds a value from .dev.vars: development values stay out of wrangler.toml")
        if any(marker in text for marker in DEV_VALUES):
            report.fail(f"[vars] {name} holds a development value")
        if name == "LOG_PROMPTS" and text.strip().lower() in ("true", "1", "yes", "on"):
            report.fail("[vars] LOG_PROMPTS is on: production logs would hold prompts; leave it off")
    if len(report.failures) == before:
        report.ok(f"production vars: {', '.join(f'{k}' for k in variables)} — no secret, no loopback or development value")


def check_output(report: Report, output: str, outdir: Path, dev_vars: dict[str, str]) -> None:
    """What wrangler itself says it would bind, and the bundle's bytes, hold no dev value."""
    for url in URL.findall(output):
        host = urlsplit(url).hostname
        if host and local_host(host) and "wrangler" not in url:
            report.fail(f"the dry run binds {url}: a loopback or private address in production")
    secret_values = [v for v in dev_vars.values() if len(v) >= 8]
    for path in modules(outdir):
        data = path.read_bytes()
        for value in secret_values:
            if value.encode() in data:
                report.fail(f"{path.name} contains a value from .dev.vars: a development secret in the bundle")
    for value in secret_values:
        if value in output:
            report.fail("the dry run's bindings contain a value from .dev.vars")


def check_assets(report: Report, section: dict, config_dir: Path) -> None:
    assets = section.get("assets")
    if not assets:
        return
    directory = (config_dir / assets.get("directory", "")).resolve()
    if not (directory / "index.html").exists():
        report.fail(f"assets directory {directory} has no index.html: run `make playground-build`")
        return
    files = [p for p in directory.rglob("*") if p.is_file()]
    biggest = max(files, key=lambda p: p.stat().st_size)
    if len(files) > ASSET_FILES_LIMIT:
        report.fail(f"assets: {len(files)} files, over the limit of {ASSET_FILES_LIMIT}")
    if biggest.stat().st_size > ASSET_FILE_BYTES_LIMIT:
        report.fail(f"assets: {biggest.name} is {mb(biggest.stat().st_size)}, over 25 MiB per file")
    total = sum(p.stat().st_size for p in files)
    report.ok(f"assets: {len(files)} files, {mb(total)} (largest {biggest.name}, {kib(biggest.stat().st_size)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=REPO / "wrangler.toml")
    parser.add_argument("--env", help="a wrangler environment ([env.NAME]) instead of the top level")
    parser.add_argument("--outdir", type=Path, help="where the dry run writes the bundle (default: a temporary directory)")
    parser.add_argument("--dev-vars", type=Path, help="the development values to keep out (default: .dev.vars beside the config)")
    parser.add_argument("--target-gzip-bytes", type=int, default=TARGET)
    parser.add_argument("--size-only", action="store_true", help="print the bundle figure and stop")
    args = parser.parse_args()

    config_path = args.config.resolve()
    try:
        config = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        print(f"deploy-check: cannot read {config_path}: {error}", file=sys.stderr)
        return 2
    section = config.get("env", {}).get(args.env, {}) if args.env else config
    if args.env and not section:
        print(f"deploy-check: {config_path.name} has no [env.{args.env}]", file=sys.stderr)
        return 2
    # Migrations are not per environment unless the environment declares its own.
    migrations = section.get("migrations", config.get("migrations", []))
    dev_vars = read_dev_vars(args.dev_vars or config_path.parent / ".dev.vars")

    report = Report()
    # The configuration's own checks first: they hold even when wrangler refuses it.
    check_vars(report, section, dev_vars)
    check_assets(report, section, config_path.parent)
    with tempfile.TemporaryDirectory(prefix="deploy-check-") as scratch:
        outdir = (args.outdir or Path(scratch) / "out").resolve()
        if outdir.exists():
            for old in outdir.rglob("*"):
                if old.is_file():
                    old.unlink()
        outdir.mkdir(parents=True, exist_ok=True)
        status, output = dry_run(config_path, args.env, outdir)
        rows: list[tuple[str, int, int]] = []
        upload = re.search(r"Total Upload:[^\n]*", output)
        if status != 0:
            report.fail(f"`wrangler deploy --dry-run` refused the configuration (exit {status}):\n{output.strip()}")
            # The built entry module as the config names it, for the export checks.
            main_module = (config_path.parent / section.get("main", config.get("main", ""))).resolve()
            check_durable_objects(report, section, migrations, exported_names(main_module) or None)
        else:
            raw, gz, rows = bundle_size(outdir)
            if not rows:
                print(f"deploy-check: the dry run wrote nothing to {outdir}:\n{output}", file=sys.stderr)
                return 2
            # The larger of our gzip and wrangler's: the limit is checked with the worse one.
            gz = max(gz, wrangler_gzip(output) or 0)
            size = Report()
            check_size(size, raw, gz, args.target_gzip_bytes)
            if args.size_only:
                print(f"worker {(size.notes or size.failures)[0]}")
                return 0
            report.notes[:0] = size.notes
            report.failures[:0] = size.failures
            entry = next((outdir / r[0] for r in rows if r[0].endswith((".js", ".mjs"))), None)
            check_durable_objects(report, section, migrations, exported_names(entry) if entry else None)
            check_output(report, output, outdir, dev_vars)

    if args.size_only:
        print("\n".join(report.failures), file=sys.stderr)
        return 2
    where = f"{config_path.name}{f' --env {args.env}' if args.env else ''}"
    print(f"deploy-check: `wrangler deploy --dry-run` of {where}")
    for name, size_raw, compressed in rows:
        print(f"  {name}: {kib(size_raw)} raw, {kib(compressed)} gzip")
    if upload:
        print(f"  wrangler: {upload.group(0).strip()}")
    for note in report.notes:
        print(f"ok    {note}")
    for failure in report.failures:
        print(f"FAIL  {failure}")
    if report.failures:
        print(f"deploy-check: {len(report.failures)} problem(s); `make deploy` would ship them", file=sys.stderr)
        return 1
    print("deploy-check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
