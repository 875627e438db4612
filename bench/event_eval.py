#!/usr/bin/env python3
"""Event and storyline linking measured on labelled ANT pairs (issue 14).

Usage: bench/event_eval.py STORE.db LABELS.tsv ANT.jsonl[.gz] MARSAD_BINARY

STORE.db is a marsad store holding ANT (`marsad ingest ant_multisource.jsonl.gz`); LABELS.tsv is
bench/labels/ant_event_pairs.tsv (pairs named by docno, labels read by people). For each split
(dev, heldout) it prints:
- same-event pairs placed in one event (target >= 90%);
- same-storyline pairs placed in different events (target >= 80%) and in one storyline (>= 60%);
- candidate recall: same-event pairs the link step compares at all (target >= 98%);
- Pearson correlation of marsad's `similarity` (and, for comparison, of its plain stemmed TF-IDF
  `cosine`) with the 1-4 rating (target <= -0.75: a rating of 1 is most similar).
Scores come from `marsad compare ID ID --json` on the stored articles.
"""
import gzip, json, sqlite3, statistics, subprocess, sys
from collections import defaultdict

store, labels_path, ant_path, marsad = sys.argv[1:5]
opener = gzip.open if ant_path.endswith(".gz") else open
url_of = {}
with opener(ant_path, "rt", encoding="utf-8") as f:
    for line in f:
        record = json.loads(line)
        url_of[record["docno"]] = record.get("url")

db = sqlite3.connect(store)
article_of = dict(db.execute("SELECT origin, article_id FROM sightings"))
event_of, story_of = {}, {}
for article, event, story in db.execute(
        "SELECT m.article_id, m.event, e.story FROM cluster_members m JOIN events e ON e.id = m.event"):
    event_of[article], story_of[article] = event, story
terms, buckets, dates = defaultdict(set), defaultdict(set), {}
num_of = {}
for num, article, date in db.execute("SELECT num, article_id, date FROM link_profiles"):
    num_of[article], dates[article] = num, date
for term, num in db.execute("SELECT term, num FROM term_index"):
    terms[num].add(term)
for bucket, num in db.execute("SELECT bucket, num FROM lsh_buckets"):
    buckets[num].add(bucket)

def is_candidate(a, b):
    """The link step's candidate rule (crates/core/src/link/candidates.rs)."""
    na, nb = num_of.get(a), num_of.get(b)
    if na is None or nb is None:
        return False
    if buckets[na] & buckets[nb]:
        return True
    shared = len(terms[na] & terms[nb])
    if shared >= 4:
        return True
    if shared < 2:
        return False
    da, dbb = dates.get(a), dates.get(b)
    if not da or not dbb:
        return True
    from datetime import date
    gap = abs((date.fromisoformat(da[:10]) - date.fromisoformat(dbb[:10])).days)
    return gap <= 3

def scores(a, b):
    out = subprocess.run([marsad, "--db", store, "compare", a, b, "--json"], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return json.loads(out.stdout)

rows = []
with open(labels_path, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("pair\t"):
            continue
        cols = line.rstrip("\n").split("\t")
        rows.append(dict(zip(["pair", "docno_a", "docno_b", "stratum", "split", "label", "rating"], cols)))

def pct(n, d):
    return f"{n}/{d} = {100 * n / d:.1f}%" if d else "n/a"

for split in ("dev", "heldout"):
    chosen = [r for r in rows if r["split"] == split]
    same_event = in_one_event = candidates = 0
    same_story = apart = in_one_story = 0
    sims, cosines, ratings = [], [], []
    missing = 0
    for r in chosen:
        a, b = article_of.get(url_of.get(r["docno_a"])), article_of.get(url_of.get(r["docno_b"]))
        if not a or not b:
            missing += 1
            continue
        one_event = a == b or event_of.get(a) == event_of.get(b)
        one_story = one_event or (story_of.get(a) is not None and story_of.get(a) == story_of.get(b))
        if r["label"] == "same_event":
            same_event += 1
            in_one_event += one_event
            candidates += a == b or is_candidate(a, b)
        elif r["label"] == "same_story":
            same_story += 1
            apart += not one_event
            in_one_story += one_story
        s = {"similarity": 1.0, "cosine": 1.0} if a == b else scores(a, b)
        if s is not None:
            sims.append(s["similarity"]); cosines.append(s["cosine"]); ratings.append(int(r["rating"]))
    print(f"## {split}: {len(chosen)} pairs ({missing} not in the store)")
    print(f"- same-event pairs in one event: {pct(in_one_event, same_event)}")
    print(f"- same-event pairs that are link candidates: {pct(candidates, same_event)}")
    print(f"- same-storyline pairs in different events: {pct(apart, same_story)}")
    print(f"- same-storyline pairs in one storyline: {pct(in_one_story, same_story)}")
    if len(ratings) > 2:
        print(f"- Pearson(similarity, rating): {statistics.correlation(sims, ratings):.3f}"
              f"; Pearson(TF-IDF cosine, rating): {statistics.correlation(cosines, ratings):.3f}")
    print()
