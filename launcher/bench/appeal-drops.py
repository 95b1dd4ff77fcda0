#!/usr/bin/env python3
"""How many appeal-like boilerplate snippets of a keep/drop page set survive the whole pipeline,
with the stripper and without it (issue 4), and what that costs the article text.

  launcher/bench/appeal-drops.py [--data ../shared/data/extraction-dev]

A drop snippet "reads as an appeal" when it matches APPEAL below (subscribe, newsletter, donate,
support us, sign up, comment(s), premium, paywall, in the page's words, case-insensitive). It is
"kept" when its whitespace-normalised text is in the output body, exactly as the shared scorer
counts drop snippets. Both runs use the default desk; the second adds a desk setting that disables
the strip slot, so the difference is the stripper alone. Needs `mvn -B -q package -DskipTests`.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIST = os.path.join(HERE, os.pardir, "target", "copydesk")
APPEAL = re.compile(r"subscri|newsletter|donat|support (us|our)|sign(ed)?[ -]up|comment|premium|paywall", re.I)


def ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def run(scorer, data, desk, out):
    cmd = [sys.executable, scorer, "--data", data, "--copydesk", os.path.join(DIST, "bin", "copydesk"),
           "--project", os.path.join(HERE, os.pardir, os.pardir), "--out", out]
    if desk:
        cmd += ["--desk", desk]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr[-500:]


def texts(out):
    found = {}
    folder = os.path.join(out, "outputs")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            found[name[:-len(".json")]] = ws(" \n".join(json.load(fh).get("body") or []))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.path.join(HERE, *[os.pardir] * 3, "shared", "data", "extraction-dev"))
    args = ap.parse_args()
    data = os.path.abspath(args.data)
    scorer = os.path.join(data, os.pardir, os.pardir, "eval", "score-extraction.py")
    pages = [json.loads(l) for l in open(os.path.join(data, "manifest.jsonl"), encoding="utf-8")]
    desk = os.path.join(DIST, "config", "desks", "bench-nostrip")
    tmp = tempfile.mkdtemp(prefix="appeal-drops-")
    try:
        os.makedirs(desk, exist_ok=True)
        with open(os.path.join(desk, "desk.properties"), "w") as fh:
            fh.write("description=bench only: the default features without the strip slot\nfeatures=standard\n")
        with open(os.path.join(desk, "org.copydesk.pipeline.config"), "w") as fh:
            fh.write('disabled=["strip"]\n')
        lines = {"with strip": run(scorer, data, None, os.path.join(tmp, "strip")),
                 "without strip": run(scorer, data, "bench-nostrip", os.path.join(tmp, "nostrip"))}
        outs = {"with strip": texts(os.path.join(tmp, "strip")), "without strip": texts(os.path.join(tmp, "nostrip"))}
    finally:
        shutil.rmtree(desk, ignore_errors=True)
    appeal = [(p["id"], ws(d)) for p in pages for d in p.get("drop", []) if APPEAL.search(d)]
    keep = [(p["id"], ws(k)) for p in pages for k in p.get("keep", [])]
    for label in ("without strip", "with strip"):
        found = outs[label]
        kept = sum(1 for pid, s in appeal if s and s in found.get(pid, ""))
        recall = sum(1 for pid, s in keep if s and s in found.get(pid, ""))
        print("%-14s appeal-like drop snippets kept %d of %d (%.1f%%); keep recall %d of %d (%.3f); scorer: %s"
              % (label, kept, len(appeal), 100.0 * kept / max(1, len(appeal)), recall, len(keep),
                 recall / max(1, len(keep)), lines[label]))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
