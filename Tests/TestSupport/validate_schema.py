#!/usr/bin/env python3
"""Validate JSON files against a JSON Schema (draft 2020-12) with the python jsonschema package.

Usage: validate_schema.py SCHEMA FILE...

Prints one line per FILE, in argument order:
  ok FILE
  invalid FILE: MESSAGE
Exit status: 0 when every file is valid, 1 when some file is invalid, 2 on a usage or schema error.
"""
import json
import sys

import jsonschema


def describe(error):
    """One line naming where in the instance the first error is and what it is."""
    location = "/" + "/".join(str(part) for part in error.absolute_path)
    return f"{location}: {error.message}".replace("\n", " ")


def main(argv):
    if len(argv) < 3:
        print("usage: validate_schema.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as problem:
        print(f"bad schema {argv[1]}: {problem}".replace("\n", " "), file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    all_valid = True
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                instance = json.load(handle)
        except (OSError, ValueError) as problem:
            print(f"invalid {path}: not readable JSON: {problem}".replace("\n", " "))
            all_valid = False
            continue
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is None:
            print(f"ok {path}")
        else:
            print(f"invalid {path}: {describe(error)}")
            all_valid = False
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
