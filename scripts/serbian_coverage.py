#!/usr/bin/env python3
"""How many distinct pairs of the twin-pairs CSV that name a Serbian place are ties of the right Serbian city or
settlement, after `pobratim world import`. Reads the CSV (and its geocoded variant), the atlas's JSON export and the
import's findings report; prints the share and every pair that is not a right tie, with the reason.

A pair names a Serbian place when one side's country is Serbia or Kosovo (the atlas files Kosovo's units under RS,
as Serbian law does). It counts as right when a tie lists exactly that row, and the tie's city on that side is a
Serbian city (RS) that either bears the listed name (without qualifiers, folded) among its names and alternates, or
lies within 25 km of the point the geocoded list gives that side.
"""
import csv
import json
import math
import sys
import unicodedata

SERBIAN = {"serbia", "kosovo"}


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("đ", "dj").replace("Đ", "Dj"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def base(name):
    out, depth = [], 0
    for c in name:
        depth += c == "("
        if depth == 0:
            out.append(c)
        depth -= c == ")" and depth > 0
    return "".join(out).split(",")[0].strip()


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def listed(name, country):
    return name if not country else name + ", " + country


def main(raw, geocoded, export, report, minimum):
    points = {}
    with open(geocoded, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["city1"].strip(), r["country1"].strip(), r["city2"].strip(), r["country2"].strip())
            try:
                points[key] = ((float(r["lat1"]), float(r["lng1"])), (float(r["lat2"]), float(r["lng2"])))
            except ValueError:
                pass
    atlas = json.load(open(export, encoding="utf-8"))
    cities = {c["id"]: c for c in atlas["cities"]}
    by_listing = {}
    for t in atlas["ties"]:
        for l in t.get("listings", []):
            by_listing.setdefault(l["asListed"], []).append(t)
    reasons = {}
    with open(report, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kind"] == "unplaced" and r["source"] == "wikipedia-twin-town-lists":
                reasons.setdefault(r["line"], []).append(r["subject"] + ": " + r["reason"])
    seen, right, wrong = set(), 0, []
    with open(raw, encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for line, r in enumerate(rows, start=2):
            a, ac, b, bc = (c.strip() for c in r)
            sides = [i for i, c in ((0, ac), (1, bc)) if c.lower() in SERBIAN]
            if not sides:
                continue
            pair = frozenset([(a, ac), (b, bc)])
            if pair in seen:
                continue
            seen.add(pair)
            text = listed(a, ac) + " – " + listed(b, bc)
            ties = by_listing.get(text, [])
            ok, why = False, "not a tie: " + "; ".join(reasons.get(str(line), ["(no finding)"]))
            for t in ties:
                ok = True
                for s in sides:
                    name, point = (a, 0) if s == 0 else (b, 1)
                    candidates = [cities[t["cityA"]], cities[t["cityB"]]]
                    geo = points.get((a, ac, b, bc), (None, None))[point]
                    good = [c for c in candidates if c["country"] == "RS" and (
                        fold(base(name)) in {fold(n) for n in list(c["names"].values()) + c.get("alternates", [])}
                        or (geo and km(geo, (c["location"]["lat"], c["location"]["lon"])) <= 25))]
                    if not good:
                        ok, why = False, "tie " + t["id"] + " has no Serbian city named " + name
                if ok:
                    break
            if ok:
                right += 1
            else:
                wrong.append("line %d: %s: %s" % (line, text, why))
    total = len(seen)
    share = right / total if total else 0
    for w in wrong:
        print(w)
    print("%d distinct pairs name a Serbian place: %d are ties of the right Serbian city or settlement (%.1f%%),"
          " %d are not" % (total, right, 100 * share, len(wrong)))
    return 0 if share >= minimum else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]) if len(sys.argv) > 5 else 0))
