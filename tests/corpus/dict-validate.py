"""Lightweight JSON-schema-like validation of a dict."""
from typing import Any, Dict, List

SCHEMA: Dict[str, Dict[str, Any]] = {
    "name": {"type": str, "required": True, "min_length": 1},
    "age": {"type": int, "required": True, "min": 0, "max": 150},
    "email": {"type": str, "required": False, "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$"},
    "tags": {"type": list, "required": False},
}


def validate(data: Dict[str, Any], schema: Dict[str, Dict[str, Any]]) -> List[str]:
    """Return a list of error messages (empty when data is valid)."""
    import re

    errors: List[str] = []
    for key, rules in schema.items():
        if key not in data:
            if rules.get("required"):
                errors.append(f"'{key}' is required")
            continue
        value = data[key]
        expected = rules["type"]
        if not isinstance(value, expected):
            errors.append(f"'{key}' must be {expected.__name__}, got {type(value).__name__}")
            continue
        if "min_length" in rules and len(value) < rules["min_length"]:
            errors.append(f"'{key}' is too short")
        if "min" in rules and value < rules["min"]:
            errors.append(f"'{key}' must be >= {rules['min']}")
        if "max" in rules and value > rules["max"]:
            errors.append(f"'{key}' must be <= {rules['max']}")
        if "pattern" in rules and not re.match(rules["pattern"], value):
            errors.append(f"'{key}' has an invalid format")
    for key in data.keys() - schema.keys():
        errors.append(f"unexpected key '{key}'")
    return errors


if __name__ == "__main__":
    good = {"name": "Ana", "age": 31, "email": "ana@example.com"}
    bad = {"name": "", "age": "x", "email": "nope", "extra": 1}
    print(validate(good, SCHEMA))
    for err in validate(bad, SCHEMA):
        print("-", err)
