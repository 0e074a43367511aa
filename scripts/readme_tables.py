#!/usr/bin/env python3
"""Regenerates the README's generated tables (rules, vetted modules) from the CLI:

    python3 scripts/readme_tables.py target/release/codegen-sanitize
"""
import pathlib
import re
import subprocess
import sys

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def main():
    cli = sys.argv[1]
    text = README.read_text()
    for name in ("rules", "modules"):
        table = subprocess.check_output([cli, name, "--format", "markdown"], text=True).strip()
        pattern = re.compile(r"(<!-- %s:start -->\n).*?(\n?<!-- %s:end -->)" % (name, name), re.S)
        if not pattern.search(text):
            sys.exit(f"README.md has no <!-- {name}:start/end --> markers")
        text = pattern.sub(lambda m: m.group(1) + table + "\n<!-- %s:end -->" % name, text)
    README.write_text(text)


if __name__ == "__main__":
    main()
