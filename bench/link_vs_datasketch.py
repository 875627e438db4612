"""marsad's duplicate finding against Python datasketch MinHashLSH, side by side in one run.

Both get the same documents (SaudiNewsNet articles plus planted copies with random edits) and the
same shingles (marsad's own word 3-shingles over match-key tokens, printed by `marsad shingles`),
with threshold 0.8 and 128 permutations, on one core each. Prints a table: seconds, docs/s,
recall on the planted copies whose true shingle Jaccard is at least 0.8.

Usage: python3 link_vs_datasketch.py MARSAD_BIN SAUDINEWSNET_GZ WORKDIR [DOCS] [COPIES]
"""

import gzip
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time

from datasketch import MinHash, MinHashLSH

marsad, data, work = sys.argv[1], sys.argv[2], sys.argv[3]
docs_wanted = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
copies_wanted = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000
rng = random.Random(2026)

# 1. Documents: distinct SaudiNewsNet articles, and planted copies with random word edits.
records, seen = [], set()
with gzip.open(data, "rt", encoding="utf-8") as lines:
    for line in lines:
        record = json.loads(line)
        content = (record.get("content") or "").strip()
        if len(content.split()) < 80 or content in seen:
            continue
        seen.add(content)
        records.append(record)
        if len(records) == docs_wanted:
            break
planted = []
for n, original in enumerate(rng.sample(records, copies_wanted)):
    words = original["content"].split(" ")
    edited = []
    for word in words:
        roll = rng.random()
        if roll < 0.01:
            continue  # deleted
        edited.append("تعديل" if roll < 0.02 else word)  # replaced
        if rng.random() < 0.005:
            edited.append("إضافة")  # inserted
    copy = dict(original, content=" ".join(edited), url=f"https://planted.test/{n}", source="planted")
    planted.append((original["url"], copy["url"]))
    records.append(copy)
rng.shuffle(records)
corpus = os.path.join(work, "planted.jsonl")
with open(corpus, "w", encoding="utf-8") as out:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")

# 2. The same shingles for both (not timed for either).
shingles, id_of = {}, {}
listing = subprocess.run([marsad, "shingles", corpus], check=True, capture_output=True, text=True).stdout
for line in listing.splitlines():
    row = json.loads(line)
    shingles[row["id"]] = row["shingles"]
    id_of[row["origin"]] = row["id"]

def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / max(1, len(a | b))

truth = []
for original_url, copy_url in planted:
    a, b = id_of.get(original_url), id_of.get(copy_url)
    if a and b and a != b and jaccard(shingles[a], shingles[b]) >= 0.8:
        truth.append((a, b))

# 3. marsad: ingest (read, clean, store) and link on one core; the link step is timed by itself.
db = os.path.join(work, "planted.db")
started = time.perf_counter()
report = json.loads(subprocess.run(["taskset", "-c", "0", marsad, "--db", db, "ingest", "--json", corpus],
                                   check=True, capture_output=True, text=True).stdout)
marsad_total = time.perf_counter() - started
marsad_link = report["linking"]["seconds"]
pairs = set()
for a, b in sqlite3.connect(db).execute("SELECT a, b FROM links WHERE relation = 'near_duplicate'"):
    pairs.add((a, b))
    pairs.add((b, a))
marsad_found = sum(1 for pair in truth if pair in pairs)

# 4. marsad's duplicate index alone, as datasketch does it: MinHash, LSH buckets, and the exact
#    Jaccard of each candidate pair (reading and cleaning not timed).
dedup = json.loads(subprocess.run(["taskset", "-c", "0", marsad, "shingles", "--pairs", "0.8", corpus],
                                  check=True, capture_output=True, text=True).stdout)
dedup_time = dedup["seconds"]
dedup_pairs = set()
for a, b, _ in dedup["pairs"]:
    dedup_pairs.add((a, b))
    dedup_pairs.add((b, a))
dedup_found = sum(1 for pair in truth if pair in dedup_pairs)

# 5. datasketch on one core: MinHash of every document, LSH insert, then a query per document.
os.sched_setaffinity(0, {0})
started = time.perf_counter()
lsh = MinHashLSH(threshold=0.8, num_perm=128)
signatures = {}
for doc_id, hashes in shingles.items():
    m = MinHash(num_perm=128)
    m.update_batch([h.to_bytes(8, "little") for h in hashes])
    signatures[doc_id] = m
    lsh.insert(doc_id, m)
found = {doc_id: set(lsh.query(m)) for doc_id, m in signatures.items()}
datasketch_time = time.perf_counter() - started
datasketch_found = sum(1 for a, b in truth if b in found.get(a, ()))

n = len(shingles)
print(f"documents: {n} ({copies_wanted} planted copies; {len(truth)} with shingle Jaccard ≥ 0.8)")
print()
print("| tool (1 core) | what is timed | seconds | docs/s | recall on planted copies |")
print("|---|---|---|---|---|")
print(f"| marsad | duplicate index: MinHash, LSH, exact Jaccard of candidates (shingles given) | {dedup_time:.2f} | {n / dedup_time:,.0f} | {dedup_found}/{len(truth)} = {dedup_found / max(1, len(truth)):.3f} |")
print(f"| marsad | link step: MinHash, LSH, candidates, every relation score | {marsad_link:.2f} | {n / marsad_link:,.0f} | {marsad_found}/{len(truth)} = {marsad_found / max(1, len(truth)):.3f} |")
print(f"| marsad | whole ingest: read, clean, store, link | {marsad_total:.2f} | {n / marsad_total:,.0f} | |")
print(f"| datasketch MinHashLSH | MinHash, insert, query (shingles given) | {datasketch_time:.2f} | {n / datasketch_time:,.0f} | {datasketch_found}/{len(truth)} = {datasketch_found / max(1, len(truth)):.3f} |")
print()
print(f"marsad's duplicate index is {datasketch_time / dedup_time:.1f}× faster than datasketch per core "
      f"(recall {dedup_found / max(1, len(truth)):.3f} vs {datasketch_found / max(1, len(truth)):.3f}); "
      f"its whole link step, which also scores every candidate for rewrites and events, is "
      f"{datasketch_time / marsad_link:.1f}× datasketch's speed")
