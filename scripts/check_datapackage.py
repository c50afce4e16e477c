#!/usr/bin/env python3
"""Checks CSV files against the Frictionless data package that describes them, by JSON Schema.

Usage: check_datapackage.py DIR/datapackage.json [RESOURCE=EXPECTED_ROWS ...]

Each resource's Table Schema becomes a JSON Schema for one row (a field's type, required, enum, pattern, minimum,
maximum); every row of its CSV is read with Python's csv module, its cells cast by their field's type ("" is missing),
and validated with the jsonschema package. Also checked: the header is the schema's fields in order, the primary
key is unique, every foreign key finds its row, and each resource has the rows expected when a count is given.
Prints a line per resource; exits 1 naming the file, line and field of the first problems.
"""
import csv
import json
import os
import sys

import jsonschema

TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


def row_schema(fields):
    properties, required = {}, []
    for f in fields:
        c = f.get("constraints", {})
        p = {"type": TYPES[f["type"]]}
        for key in ("enum", "pattern", "minimum", "maximum"):
            if key in c:
                p[key] = "^(?:%s)$" % c[key] if key == "pattern" else c[key]
        properties[f["name"]] = p
        if c.get("required"):
            required.append(f["name"])
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def cast(value, type_):
    if type_ == "integer":
        return int(value)
    if type_ == "number":
        return float(value)
    if type_ == "boolean":
        return {"true": True, "false": False}[value]
    return value


def main(args):
    package_path = args[0]
    expected = dict(a.split("=", 1) for a in args[1:])
    root = os.path.dirname(package_path)
    package = json.load(open(package_path, encoding="utf-8"))
    problems, keys = [], {}
    for res in package["resources"]:
        fields = res["schema"]["fields"]
        types = {f["name"]: f["type"] for f in fields}
        missing = set(res["schema"].get("missingValues", [""]))
        validator = jsonschema.Draft202012Validator(row_schema(fields))
        path = os.path.join(root, res["path"])
        rows = []
        with open(path, encoding=res.get("encoding", "utf-8"), newline="") as f:
            reader = csv.reader(f, delimiter=res.get("dialect", {}).get("delimiter", ","))
            header = next(reader)
            if header != [f["name"] for f in fields]:
                problems.append("%s:1: the header %s is not the schema's fields %s" % (path, header,
                                [f["name"] for f in fields]))
            for line, cells in enumerate(reader, start=2):
                row = {}
                for name, value in zip(header, cells):
                    if value in missing:
                        continue
                    try:
                        row[name] = cast(value, types.get(name, "string"))
                    except (ValueError, KeyError):
                        problems.append("%s:%d: field %s: '%s' is not a %s" % (path, line, name, value, types[name]))
                if len(cells) != len(header):
                    problems.append("%s:%d: %d cells, the header has %d" % (path, line, len(cells), len(header)))
                for error in validator.iter_errors(row):
                    where = "/".join(str(p) for p in error.path) or "row"
                    problems.append("%s:%d: field %s: %s" % (path, line, where, error.message))
                rows.append(row)
        key = res["schema"].get("primaryKey")
        if key:
            seen = [r.get(key) for r in rows]
            if len(seen) != len(set(seen)):
                problems.append("%s: the primary key %s is not unique" % (path, key))
            keys[res["name"]] = set(seen)
        res["_rows"] = rows
        count = expected.get(res["name"])
        if count is not None and int(count) != len(rows):
            problems.append("%s: %d rows, the atlas has %s" % (path, len(rows), count))
        print("%s: %d rows, %d fields, valid against %s" % (res["path"], len(rows), len(fields),
              os.path.basename(package_path)) if not problems else "%s: %d rows" % (res["path"], len(rows)))
    for res in package["resources"]:
        for fk in res["schema"].get("foreignKeys", []):
            target = keys.get(fk["reference"]["resource"], set())
            for i, r in enumerate(res["_rows"], start=2):
                if r.get(fk["fields"]) not in target:
                    problems.append("%s:%d: field %s: '%s' is not in %s" % (res["path"], i, fk["fields"],
                                    r.get(fk["fields"]), fk["reference"]["resource"]))
    for p in problems[:20]:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
