#!/usr/bin/env python3
"""Exits 0 when two JSON exports of the atlas hold the same records (the snapshot version aside); prints the first
records that differ otherwise."""
import json
import sys

a, b = (json.load(open(f, encoding="utf-8")) for f in sys.argv[1:3])
differ = []
for kind in ("sources", "cities", "ties"):
    ra, rb = ({r["id"]: r for r in x[kind]} for x in (a, b))
    differ += ["%s %s" % (kind, i) for i in sorted(set(ra) | set(rb)) if ra.get(i) != rb.get(i)]
for d in differ[:20]:
    print("differs:", d)
sys.exit(1 if differ else 0)
