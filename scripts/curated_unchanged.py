#!/usr/bin/env python3
"""Checks that an import of lists changed no curated fact: every source, city and tie of the export made before the
import is in the export made after it, equal but for the listings a tie may have gained. Prints what differs."""
import json
import sys


def by_id(export):
    return {kind: {r["id"]: r for r in export[kind]} for kind in ("sources", "cities", "ties")}


def main(before_file, after_file):
    before, after = by_id(json.load(open(before_file, encoding="utf-8"))), by_id(json.load(open(after_file, encoding="utf-8")))
    changed = []
    for kind, records in before.items():
        for rid, record in records.items():
            now = after[kind].get(rid)
            if now is None:
                changed.append("%s %s: gone" % (kind, rid))
                continue
            now = dict(now)
            if kind == "ties":
                now.pop("listings", None)
                record = dict(record)
                record.pop("listings", None)
            if now != record:
                changed.append("%s %s: changed" % (kind, rid))
    for c in changed[:50]:
        print(c)
    total = sum(len(r) for r in before.values())
    print("%d curated records before the import: %d changed" % (total, len(changed)))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
