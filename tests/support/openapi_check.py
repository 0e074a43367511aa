"""Validates an OpenAPI document with openapi-spec-validator, then real answers against it.

    python openapi_check.py DOC.json SAMPLES.json

SAMPLES is a list of {"path", "method", "status", "body"} recorded from the running
service; each body is checked with JSON Schema 2020-12 (OpenAPI 3.1's dialect) against
the schema the document gives for that path, method and status. Prints one line per
check; exits 1 on the first problem, naming it.
"""

import json
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate


def main() -> int:
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    samples = json.load(open(sys.argv[2], encoding="utf-8"))
    validate(doc)  # raises OpenAPIValidationError with the path of the problem
    print(f"openapi-spec-validator: the document is valid OpenAPI {doc['openapi']}")
    for sample in samples:
        where = f"{sample['method'].upper()} {sample['path']} {sample['status']}"
        operation = doc["paths"][sample["path"]][sample["method"]]
        response = operation["responses"].get(str(sample["status"]))
        if response is None:
            print(f"{where}: the document has no such response", file=sys.stderr)
            return 1
        schema = dict(response["content"]["application/json"]["schema"])
        schema["components"] = doc["components"]  # so that #/components/... refs resolve
        errors = sorted(Draft202012Validator(schema).iter_errors(sample["body"]), key=str)
        if errors:
            print(f"{where}: the answer does not match the document: {errors[0].message} at {list(errors[0].absolute_path)}", file=sys.stderr)
            return 1
        print(f"{where}: the answer matches its schema")
    return 0


if __name__ == "__main__":
    sys.exit(main())
