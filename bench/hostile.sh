#!/usr/bin/env bash
# Hostile inputs, one at a time and then all in one batch: generates into a temp dir (from the
# Arabic of `examples/corpus/*.txt` only) an empty file, 100 kB of random bytes, text with stray
# invalid UTF-8, UTF-16LE with and without a BOM, windows-1256, text with NUL bytes, a truncated
# .gz, a 100 MB article, two 10 MB single lines (the articles' words; every file's words, the
# reprint's site furniture and its © line too), a 200k-line JSONL where 499 lines in 500 are
# broken four ways, HTML nested 100k <div>s deep, a 50 MB page of repeated <p>, 20,000 tag lines
# and 20,000 rhyming lines after a paragraph, a symlink loop, an
# unreadable file (mode 000: root reads it anyway, and the table says so), a missing path and a
# FIFO. Each is ingested into a fresh store (`ingest --json`, under /usr/bin/time and a timeout);
# then the corpus alone; then every hostile input and the corpus's 9 files in ONE batch, whose
# counts must be the sum of the others'. Prints a table: input, size, exit code, wall seconds and
# the report's seconds per step, peak RSS, new/known/rejected, the rejection kinds with the first
# reason, what the stored articles were read as and their first removed line (`show --json`), and
# a verdict; then the surprises: over 5 s, over 1 GiB, an exit code other than 1 when all was
# rejected and 0 otherwise, an input stored that should be rejected or the reverse, a rejection
# naming no input, a corpus file the batch did not store. Usage:
#   bench/hostile.sh            # MARSAD_BIN (default target/release/marsad); TIMEOUT s per run (600)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${MARSAD_BIN:-target/release/marsad}"
[ -x "$bin" ] || { echo "bench: $bin is not an executable (set MARSAD_BIN)" >&2; exit 1; }
bin=$(realpath "$bin")
limit="${TIMEOUT:-600}"
work=$(mktemp -d)
trap 'chmod -R u+rwX "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
in="$work/in"
mkdir "$in"
started=$SECONDS

# ---- the inputs -------------------------------------------------------------------------------
python3 - "$in" <<'PY'
import glob, gzip, json, random, sys

out = sys.argv[1]
files = sorted(glob.glob("examples/corpus/*.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]

def reordered(i):
    """Corpus article i (0-based) with its body paragraphs in reverse order: its own words, but
    not a copy of the corpus file, so the mixed batch stores it as a new article."""
    blocks = [b for b in texts[i].strip().split("\n\n") if b.strip()]
    return "\n\n".join([blocks[0]] + blocks[1:][::-1]) + "\n"

def write(name, data):
    with open(f"{out}/{name}", "wb") as f:
        f.write(data)

def body_paragraphs(i):
    return [b.strip() for b in texts[i].strip().split("\n\n")[1:] if b.strip()]

def title(i):
    return texts[i].strip().split("\n")[0].strip()

write("empty.txt", b"")
write("random.txt", random.Random(1).randbytes(100_000))

# Stray invalid UTF-8: a few bytes that start no valid sequence, after a few words.
stray = bytearray(reordered(0).encode())
for at in sorted((stray.index(b" ", n) + 1 for n in (200, 900, 1600)), reverse=True):
    stray[at:at] = b"\xff\xc0\xfe"
write("stray-utf8.txt", bytes(stray))

write("utf16le-bom.txt", b"\xff\xfe" + reordered(1).encode("utf-16-le"))
write("utf16le-nobom.txt", reordered(2).encode("utf-16-le"))
write("cp1256.txt", reordered(5).encode("cp1256"))

nul = reordered(6).encode()
nul = nul.replace(b".", b".\0", 2) + b"\0\0"  # two after sentences, two at the very end
write("nul-bytes.txt", nul)

whole = gzip.compress(("\n\n".join(texts) * 20).encode())
write("truncated.txt.gz", whole[: len(whole) // 2])

# 100 MB: a title, then the corpus's paragraphs over and over, each line with its own number.
paragraphs = [p for i in range(len(texts)) for p in body_paragraphs(i)]
with open(f"{out}/huge-100mb.txt", "wb") as f:
    size, n = f.write((title(0) + "\n").encode()), 0
    while size < 100 << 20:
        size += f.write(f"{paragraphs[n % len(paragraphs)]} {n}\n".encode())
        n += 1

# 10 MB on one line, no newline at all: the articles' words in order, over and over, cut at a
# word. The articles' words: 05 is 04 reprinted inside site furniture (a © line among it), left out
# here; the second line takes every file's words, the furniture's too.
def one_line(name, words):
    line, size, n = [], 0, 0
    while size < 10 << 20:
        line.append(words[n % len(words)])
        size += len(line[-1].encode()) + 1
        n += 1
    write(name, " ".join(line).encode()[: 10 << 20].rsplit(b" ", 1)[0])
words = " ".join(texts).split()
one_line("one-line-10mb.txt", " ".join(t for i, t in enumerate(texts) if "reprint" not in files[i]).split())
one_line("one-line-10mb-furniture.txt", words)

# 200k lines of JSONL: one good record in 500, each ~60 words drawn from the corpus vocabulary
# (fixed seed, so every good text differs; words only, no ©: a one-line text holding a © is cut
# whole as a copyright line, as the 10 MB furniture line shows); the rest broken four ways in turn.
vocabulary = sorted({w.strip("،.:؛؟!\"'()«»–-") for w in words if any(c.isalnum() for c in w)} - {"", "©"})
rng = random.Random(2026)
def sample(k):
    return " ".join(rng.choice(vocabulary) for _ in range(k))
not_objects = ["[1, 2]", '"نص"', "42", "null"]
with open(f"{out}/feed-200k.jsonl", "wb") as f:
    for n in range(1, 200_001):
        if n % 500 == 0:
            record = {"id": f"good-{n}", "title": sample(6), "text": sample(60)}
            f.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
        elif n % 4 == 0:  # truncated JSON
            record = json.dumps({"id": f"cut-{n}", "title": sample(6), "text": sample(20)}, ensure_ascii=False)
            f.write((record[: len(record) // 2] + "\n").encode())
        elif n % 4 == 1:
            f.write((not_objects[n // 4 % 4] + "\n").encode())
        elif n % 4 == 2:
            f.write((json.dumps({"id": f"empty-{n}", "text": ""}) + "\n").encode())
        else:  # invalid UTF-8 in the text
            f.write(f'{{"id": "bad-{n}", "text": "'.encode() + b"\xff\xfe\xc0\xc1\x80\x80" + b'"}\n')

head = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{}</title></head><body>'
two = "".join(f"<p>{p}</p>" for p in body_paragraphs(7)[:2])
write("deep-100k.html", (head.format(title(7)) + "<div>" * 100_000 + two + "</div>" * 100_000 + "</body></html>").encode())

p = f"<p>{body_paragraphs(8)[0]}</p>\n"
page = head.format(title(8)) + "<article>" + p * ((50 << 20) // len(p.encode())) + "</article></body></html>"
write("repeated-50mb.html", page.encode())

# 20,000 short lines after a paragraph: one- and two-word lines (a tag run the scorer weighs as a
# whole) and four-word lines that all rhyme (a run the verse rule reads as a whole): the scorer
# must judge each run once, not once per line (83 s for the tags before stop 31).
paragraph = body_paragraphs(3)[0]
write("tag-lines-20k.txt", (title(3) + "\n\n" + paragraph + "\n" + "".join(
    f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}\n" for _ in range(20_000))).encode())
write("rhyming-lines-20k.txt", (title(4) + "\n\n" + paragraph + "\n" + "".join(
    f"{rng.choice(vocabulary)} {rng.choice(vocabulary)} {n} الليل\n" for n in range(20_000))).encode())

write("unreadable.txt", reordered(7).encode())
PY
ln -s loop-b.txt "$in/loop-a.txt"
ln -s loop-a.txt "$in/loop-b.txt"
chmod 000 "$in/unreadable.txt"
mkfifo "$in/fifo.txt"
root_reads=no
if (: < "$in/unreadable.txt") 2>/dev/null; then root_reads=yes; fi

# name | what should happen: reject, store, or store=N,reject=M (a JSONL)
cases=(
  "empty.txt|reject"
  "random.txt|reject"
  "stray-utf8.txt|store"
  "utf16le-bom.txt|store"
  "utf16le-nobom.txt|store"
  "cp1256.txt|store"
  "nul-bytes.txt|store"
  "truncated.txt.gz|reject"
  "huge-100mb.txt|store"
  "one-line-10mb.txt|store"
  "one-line-10mb-furniture.txt|store"
  "feed-200k.jsonl|store=400,reject=199600"
  "deep-100k.html|store"
  "repeated-50mb.html|store"
  "tag-lines-20k.txt|store"
  "rhyming-lines-20k.txt|store"
  "loop-a.txt|reject"
  "unreadable.txt|$([ $root_reads = yes ] && echo store || echo reject)"
  "missing.txt|reject"
  "fifo.txt|reject"
)

# ---- one row per run ----------------------------------------------------------------------------
# The row maker: reads the report, the time and the store, prints the row and notes surprises.
cat > "$work/row.py" <<'PY'
import json, os, subprocess, sys

bin, db, label, size, rc, timefile, report, expect, corpus, notes, root_reads = sys.argv[1:12]
inputs = sys.argv[12:]
surprises = []

try:
    last = open(timefile).read().strip().splitlines()[-1].split()
    wall, rss = float(last[0]), int(last[1]) // 1024
except (OSError, IndexError, ValueError):
    wall, rss = None, None
try:
    r = json.load(open(report))
except (OSError, ValueError):
    r = None

def run(*args):
    return json.loads(subprocess.run([bin, "--db", db, *args], capture_output=True, check=True).stdout)

def short(s, n=60):
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"

stages = "—"
if r is not None:
    stages = "/".join(f"{x:.1f}" for x in [r["seconds"]] + [r[k]["seconds"] for k in ("linking", "facts", "clusters")])
if r is None:
    counts, kinds, read_as, removed = "—", "no JSON report", "—", "—"
    new = known = rejected = 0
    surprises.append(f"{label}: no JSON report (exit {rc})")
else:
    new, known, rejected = r["new"], r["already_known"], r["rejected"]
    counts = f"{new}/{known}/{rejected}"
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(r["rejected_by_kind"].items()))
    if r["rejections"]:
        kinds += f": {short(r['rejections'][0]['reason'], 50)}"
    if r["skipped"]:
        kinds += f"; skipped {len(r['skipped'])}"
    kinds = kinds or "—"
    # The stored articles: what each was read as, and the first line cleaning took out.
    stored = run("list", "--json") if os.path.exists(db) else []
    shows = [run("show", "--json", a["id"]) for a in stored[:40]]
    formats = sorted({f"{s['format']} {s['encoding']}" for s in shows})
    read_as = ", ".join(formats) + (f" (first 40 of {len(stored)})" if len(stored) > 40 else "") if shows else "—"
    with_removed = [s for s in shows if s["removed"]]
    removed = "—"
    if with_removed:
        first = with_removed[0]["removed"][0]
        removed = f"{short(first['reason'], 50)} [{short(first['line'], 30)}]"
        if len(shows) > 1:
            removed += f" ({len(with_removed)}/{len(shows)} articles)"

    # What was expected: rejections naming their inputs, stores where stores were due.
    def named(name):
        return [x for x in r["rejections"] if os.path.basename(x["origin"].split(":")[0]) == name]
    for item in filter(None, expect.split(";")):
        name, _, want = item.partition("|")
        if want == "reject" and not named(name):
            surprises.append(f"{label}: {name} was not rejected by name")
        elif want == "store" and named(name):
            surprises.append(f"{label}: {name} was rejected ({named(name)[0]['reason']})")
        elif want == "store" and (name in json.dumps(r["skipped"]) or (label == name and new + known == 0)):
            surprises.append(f"{label}: {name} was neither stored nor rejected")
        elif want.startswith("store="):
            ws, wr = (int(x.split("=")[1]) for x in want.split(","))
            got = len(named(name))
            if got != wr:
                surprises.append(f"{label}: {name}: {got} lines rejected, {wr} expected")
            if label == name and new != ws:
                surprises.append(f"{label}: {new} records stored, {ws} expected")
    names = {os.path.basename(i) for i in inputs}
    unnamed = [x["origin"] for x in r["rejections"] if os.path.basename(x["origin"].split(":")[0]) not in names]
    if unnamed:
        surprises.append(f"{label}: {len(unnamed)} rejections name no input, the first {unnamed[0]}")
    # The expected counts, when the caller knows them (new known rejected).
    if notes.startswith("counts="):
        want = notes[len("counts="):]
        if want != counts:
            surprises.append(f"{label}: new/known/rejected {counts}, expected {want}")
    # The corpus's files: each an article's origin or one of its sightings.
    if corpus != "-":
        files = set(corpus.split(","))
        seen = set()
        for a in stored:
            if any(a["origin"].endswith("/" + f) for f in files):
                for s in run("show", "--json", a["id"])["sightings"]:
                    seen.add(os.path.basename(s["origin"]))
        missing = sorted(files - seen)
        if missing:
            surprises.append(f"{label}: corpus files not stored: {', '.join(missing)}")
        with open(os.environ["NOTES"], "a") as f:
            f.write(f"{label}: corpus files stored (as an article's origin or a sighting): {len(files & seen)}/{len(files)}\n")

all_rejected = r is not None and new == 0 and known == 0
want_rc = "1" if all_rejected else "0"
if rc != want_rc:
    surprises.append(f"{label}: exit {rc} (expected {want_rc})")
if wall is None or wall > 5:
    surprises.append(f"{label}: {'no time (timed out?)' if wall is None else f'{wall:.1f} s'}"
                     f" (read/link/facts/cluster s: {stages})")
if rss is not None and rss > 1024:
    surprises.append(f"{label}: peak RSS {rss} MiB")
mark = "ok" if not surprises else "**!**"
if label.startswith("unreadable") and root_reads == "yes":
    mark += " (as root: mode 000 is readable)"
print(f"| {label} | {size} | {rc} | {'—' if wall is None else f'{wall:.2f}'} | {stages} | {'—' if rss is None else rss} "
      f"| {counts} | {kinds} | {read_as} | {removed} | {mark} |")
with open(os.environ["SURPRISES"], "a") as f:
    for s in surprises:
        f.write(s + "\n")
with open(os.environ["COUNTS"], "a") as f:
    f.write(f"{new} {known} {rejected}\n")
PY
export SURPRISES="$work/surprises" COUNTS="$work/counts" NOTES="$work/notes"
: > "$SURPRISES"; : > "$COUNTS"; : > "$NOTES"

bytes() { # bytes → B, kB or MB
  if [ "$1" -ge 1048576 ]; then echo "$(($1 / 1048576)) MB"
  elif [ "$1" -ge 1024 ]; then echo "$(($1 / 1024)) kB"
  else echo "$1 B"; fi
}
human() { # path → its size or what it is
  if [ -L "$1" ] && ! [ -e "$1" ]; then echo "symlink loop"
  elif [ -p "$1" ]; then echo "FIFO"
  elif ! [ -e "$1" ]; then echo "missing"
  else bytes "$(stat -c %s "$1")"; fi
}
total() { # paths… → the size of the regular files among them
  local sum=0 p
  for p in "$@"; do if [ -f "$p" ]; then sum=$((sum + $(stat -L -c %s "$p"))); fi; done
  bytes "$sum"
}

n=0
ingest() { # label size expect corpus-files notes paths… → a table row
  local label=$1 size=$2 expect=$3 corpus=$4 notes=$5; shift 5
  n=$((n + 1))
  local db="$work/store-$n/marsad.db" rc=0
  mkdir "$work/store-$n"
  rm -f "$work/time"
  timeout "$limit" /usr/bin/time -f '%e %M' -o "$work/time" "$bin" --db "$db" ingest --json "$@" \
    > "$work/report-$n.json" 2> "$work/log-$n" < /dev/null || rc=$?
  python3 "$work/row.py" "$bin" "$db" "$label" "$size" "$rc" "$work/time" "$work/report-$n.json" \
    "$expect" "$corpus" "$notes" "$root_reads" "$@"
  rm -rf "$work/store-$n"
}

echo "marsad: $bin; inputs generated in $((SECONDS - started)) s"
echo
printf '| input | size | exit | wall s | read/link/facts/cluster s | peak RSS MiB | new/known/rejected | rejection kinds: first reason | read as | first removed line: reason [line] | verdict |\n'
printf '|---|---:|---:|---:|---|---:|---|---|---|---|---|\n'
for c in "${cases[@]}"; do
  name=${c%%|*}
  ingest "$name" "$(human "$in/$name")" "$c" - - "$in/$name"
done

corpus_files=(examples/corpus/*.txt)
corpus_names=$(printf '%s\n' "${corpus_files[@]##*/}" | paste -sd,)
ingest "corpus alone (9 files)" "$(total "${corpus_files[@]}")" "" "$corpus_names" - \
  "${corpus_files[@]}"

# The mixed batch: its counts are the corpus's plus every hostile input's on its own.
want=$(awk '{n += $1; k += $2; r += $3} END {print n "/" k "/" r}' "$COUNTS")
expects=$(printf '%s;' "${cases[@]}"); expects=${expects%;}
paths=()
for c in "${cases[@]}"; do paths+=("$in/${c%%|*}"); done
ingest "ALL mixed with the corpus, one batch" "$(total "${paths[@]}" "${corpus_files[@]}")" \
  "$expects" "$corpus_names" "counts=$want" "${paths[@]}" "${corpus_files[@]}"

read -r mixed_s mixed_kb < <(tail -n1 "$work/time" 2>/dev/null || echo "? 0")
echo
cat "$NOTES"
echo "mixed batch: new/known/rejected expected $want (the corpus alone plus each input alone);" \
  "whole batch ${mixed_s} s, peak RSS $((mixed_kb / 1024)) MiB"
echo "total run time: $((SECONDS - started)) s"
if [ -s "$SURPRISES" ]; then
  echo "surprises:"
  sed 's/^/  - /' "$SURPRISES"
else
  echo "surprises: none"
fi
