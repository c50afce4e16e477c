#!/usr/bin/env python3
"""Checks a file of QuickStatements V1 commands (the form `pobratim export --format quickstatements` writes) against
the syntax QuickStatements reads, written from its documentation, not from the writer
(https://www.wikidata.org/wiki/Help:QuickStatements):

  a command is one line of tab-separated fields: ITEM PROPERTY VALUE, then pairs Pn VALUE (qualifiers), then pairs
  Sn VALUE (one reference; no qualifier after a reference pair). ITEM is Q<digits>; a value is an item Q<digits>, a
  "quoted string" (no tab, no newline, no inner double quote), or a time +YYYY-MM-DDT00:00:00Z/P with precision P
  (8 decade, 9 year, 10 month, 11 day): month and day 00 below their precision, a real date at 11.

Usage: check_quickstatements.py FILE [lines=N] [property=P190]. Prints each problem as FILE:LINE: why; exits 1 on any.
"""
import datetime
import re
import sys

ITEM = re.compile(r"Q[1-9][0-9]*\Z")
PROP = re.compile(r"[PS][1-9][0-9]*\Z")
TIME = re.compile(r"\+([0-9]{4})-([0-9]{2})-([0-9]{2})T00:00:00Z/([0-9]+)\Z")
STRING = re.compile(r'"[^"\t\n]*"\Z')


def value_problem(value):
    if ITEM.match(value) or STRING.match(value):
        return None
    m = TIME.match(value)
    if not m:
        return "'%s' is neither an item, a quoted string nor a time" % value
    year, month, day, precision = (int(g) for g in m.groups())
    if precision not in (8, 9, 10, 11):
        return "time '%s': precision %d is not 8, 9, 10 or 11" % (value, precision)
    if precision == 8 and year % 10:
        return "time '%s': a decade starts at a year ending in 0" % value
    if precision <= 9 and (month or day):
        return "time '%s': month and day must be 00 at precision %d" % (value, precision)
    if precision == 10 and (not 1 <= month <= 12 or day):
        return "time '%s': a month 01..12 and day 00 at precision 10" % value
    if precision == 11:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return "time '%s': not a date" % value
    return None


def line_problems(fields, wanted_property):
    if len(fields) < 3:
        return ["a command needs an item, a property and a value"]
    problems = []
    if not ITEM.match(fields[0]):
        problems.append("'%s' is not an item id" % fields[0])
    if not re.match(r"P[1-9][0-9]*\Z", fields[1]):
        problems.append("'%s' is not a property" % fields[1])
    elif wanted_property and fields[1] != wanted_property:
        problems.append("property %s, expected %s" % (fields[1], wanted_property))
    if wanted_property == "P190" and not ITEM.match(fields[2]):
        problems.append("P190 takes an item, not '%s'" % fields[2])
    if fields[0] == fields[2]:
        problems.append("an item twinned with itself")
    problem = value_problem(fields[2])
    if problem:
        problems.append(problem)
    rest = fields[3:]
    if len(rest) % 2:
        problems.append("a qualifier or reference property without its value")
        rest = rest[:-1]
    in_reference = False
    for i in range(0, len(rest), 2):
        prop, value = rest[i], rest[i + 1]
        if not PROP.match(prop):
            problems.append("'%s' is not a qualifier (Pn) or reference (Sn) property" % prop)
            continue
        if prop.startswith("S"):
            in_reference = True
        elif in_reference:
            problems.append("qualifier %s after the reference" % prop)
        problem = value_problem(value)
        if problem:
            problems.append(problem)
    return problems


def main(argv):
    path = argv[1]
    options = dict(a.split("=", 1) for a in argv[2:])
    text = open(path, encoding="utf-8", newline="").read()
    problems = []
    if text and not text.endswith("\n"):
        problems.append("%s: the last command has no line end" % path)
    lines = text.split("\n")[:-1] if text else []
    seen = set()
    for number, line in enumerate(lines, 1):
        if "\r" in line:
            problems.append("%s:%d: a carriage return in the command" % (path, number))
        fields = line.split("\t")
        for p in line_problems(fields, options.get("property", "P190")):
            problems.append("%s:%d: %s" % (path, number, p))
        statement = tuple(fields[:3])
        if statement in seen:
            problems.append("%s:%d: %s is stated twice" % (path, number, " ".join(statement)))
        seen.add(statement)
    if "lines" in options and len(lines) != int(options["lines"]):
        problems.append("%s: %d commands, expected %s" % (path, len(lines), options["lines"]))
    for p in problems:
        print(p)
    if not problems:
        print("%s: %d commands, all well-formed" % (path, len(lines)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
