#!/usr/bin/env python3
"""Sanity check for the hand-coded article set: JSON parses, evidence and must_drop
strings are exact substrings of the article text, meta matches, types are PLOVER."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CODE = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{3,4}(-\d{2}(-\d{2})?)?$")
errors, n_art, n_ev, n_req = [], 0, 0, 0
for ev_path in sorted(glob.glob(os.path.join(HERE, "*.events.json"))):
    name = os.path.basename(ev_path)[: -len(".events.json")]
    txt = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    meta = json.load(open(os.path.join(HERE, name + ".meta.json"), encoding="utf-8"))
    ref = json.load(open(ev_path, encoding="utf-8"))
    n_art += 1
    if meta["published"] != ref["published"]:
        errors.append(f"{name}: published differs between meta and events")
    if txt.splitlines()[0].strip() != meta["title"]:
        errors.append(f"{name}: title is not the first line")
    for s in ref["must_drop"]:
        if s not in txt:
            errors.append(f"{name}: must_drop not in text: {s!r}")
    ids = set()
    for e in ref["events"]:
        n_ev += 1
        n_req += bool(e["required"])
        if e["id"] in ids:
            errors.append(f"{name}: duplicate id {e['id']}")
        ids.add(e["id"])
        if e["evidence"] not in txt:
            errors.append(f"{name}/{e['id']}: evidence not in text")
        if not set(e["event"]) <= TYPES:
            errors.append(f"{name}/{e['id']}: unknown type {e['event']}")
        if not DATE.match(e["date"]) or e["date"][:10] > ref["published"]:
            errors.append(f"{name}/{e['id']}: bad date {e['date']}")
        for k in ("actor", "recipient", "parties", "third_party"):
            for c in e.get(k, []):
                if not CODE.match(c):
                    errors.append(f"{name}/{e['id']}: bad code {c}")
    words = len(txt.split())
    print(f"{name:45s} {words:4d} words {len(ref['events']):3d} events")
print(f"{n_art} articles, {n_ev} events, {n_req} required")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
