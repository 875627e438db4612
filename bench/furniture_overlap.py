#!/usr/bin/env python3
"""Checks new furniture training entries against the held-out lists and the cleaner's cue phrases.

usage: bench/furniture_overlap.py NEW.tsv [--write KEPT.tsv] [--no-train]

An entry of NEW.tsv (`class<TAB>line`) is dropped when, once both sides are normalised
(diacritics and tatweel stripped, أ إ آ → ا, ة → ه, ى → ي, ئ → ي, ؤ → و, Latin lower-cased,
spaces collapsed):
  - it equals, begins with or contains a line of either held-out list
    (crates/core/tests/data/furniture_unseen.tsv, furniture_unseen2.tsv), or is contained in one;
  - it is furniture and equals, begins with or contains a cue phrase of
    crates/core/src/clean/boilerplate.rs (its Arabic string literals) or
    crates/core/data/summary_boilerplate.txt;
  - it repeats an entry of crates/core/data/furniture/train.tsv (unless --no-train: to check
    entries already added) or of NEW.tsv.
Only counts and the numbers of the dropped NEW.tsv lines are printed: the held-out lines are
never shown, so the person adding training entries does not read them.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ئ": "ي", "ؤ": "و"})


def norm(text):
    return " ".join(DIACRITICS.sub("", text).translate(FOLD).lower().split())


def entries(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        cls, text = line.split("\t", 1)
        yield cls, text


def main():
    new_path = Path(sys.argv[1])
    write = Path(sys.argv[sys.argv.index("--write") + 1]) if "--write" in sys.argv else None
    held = [norm(t) for name in ("furniture_unseen.tsv", "furniture_unseen2.tsv")
            for _, t in entries(ROOT / "crates/core/tests/data" / name)]
    held = [h for h in held if h]
    source = (ROOT / "crates/core/src/clean/boilerplate.rs").read_text(encoding="utf-8")
    cues = [norm(s) for s in re.findall(r'"([^"\\]*)"', source) if re.search("[\u0600-\u06ff]", s)]
    summary = (ROOT / "crates/core/data/summary_boilerplate.txt").read_text(encoding="utf-8")
    cues += [norm(l) for l in summary.splitlines() if l.strip() and not l.startswith("#")]
    cues = [c for c in cues if c]
    train = ROOT / "crates/core/data/furniture/train.tsv"
    seen = set() if "--no-train" in sys.argv else {norm(t) for _, t in entries(train)}
    kept, dropped = [], {"held-out": [], "cue phrase": [], "repeat": [], "malformed": []}
    lines = new_path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if "\t" not in line:
            dropped["malformed"].append(number)
            continue
        cls, text = line.split("\t", 1)
        key = norm(text)
        if not key:
            dropped["malformed"].append(number)
        elif key in seen:
            dropped["repeat"].append(number)
        elif any(h in key or key in h for h in held):
            dropped["held-out"].append(number)
        elif cls != "article" and any(key.startswith(c) or c in key for c in cues):
            dropped["cue phrase"].append(number)
        else:
            seen.add(key)
            kept.append(f"{cls}\t{text.strip()}")
    print(f"{len(lines)} entries, {len(kept)} kept")
    for reason, numbers in dropped.items():
        print(f"dropped ({reason}): {len(numbers)}: lines {numbers}")
    if write:
        write.write_text("".join(k + "\n" for k in kept), encoding="utf-8")


if __name__ == "__main__":
    main()
