"""Parse configuration from JSON strings and Python-literal strings."""

import ast
import json
from typing import Any

DEFAULTS: dict[str, Any] = {"debug": False, "retries": 3, "hosts": ["localhost"]}


def parse_json_config(text: str) -> dict[str, Any]:
    """Parse a JSON document and merge it over the defaults.

    Raises:
        ValueError: If ``text`` is not valid JSON or not a JSON object.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise ValueError("configuration must be a JSON object")
    return {**DEFAULTS, **data}


def parse_literal(text: str) -> Any:
    """Safely parse a Python literal (numbers, strings, lists, dicts, tuples)."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"not a valid literal: {text!r}") from exc


def to_pretty_json(config: dict[str, Any]) -> str:
    """Serialise ``config`` as indented, key-sorted JSON."""
    return json.dumps(config, indent=2, sort_keys=True)


if __name__ == "__main__":
    cfg = parse_json_config('{"debug": true, "hosts": ["a.example", "b.example"]}')
    print(to_pretty_json(cfg))
    print(parse_literal("[1, 2, {'three': 3}]"))
    print(parse_literal("(1.5, 'x')"))
