#!/usr/bin/env bash
# Crash safety and concurrent use of one store, printed as two tables:
#  1. kills: the first SNN_ARTICLES articles of SaudiNewsNet (default 3000), split into three
#     .jsonl files, are ingested once uninterrupted (the reference) and exported. Then KILLS times
#     (default 10) an ingest is started, `kill -9`ed after a random time (seeded: python's
#     random.seed(18)) between 0.2 s and the matching reference run's duration, and checked: the
#     crash image passes `PRAGMA integrity_check` (sqlite3, else python's sqlite3), the same ingest
#     run again exits 0, and its export equals the reference's. Odd kills hit an ingest of all three
#     files into a fresh store; even kills hit a second ingest (files 2 and 3) into a store that
#     holds file 1, so kills also land in the link, facts and cluster steps of a later batch; those
#     are compared with an uninterrupted file 1, then files 2 and 3. The phase a kill hit is read
#     from what the crash image holds (articles, link profiles, facts, clustered articles). A kill
#     whose ingest finished first is drawn again. The controls: a second uninterrupted run equals
#     the reference (else no comparison means anything), and file 1 then 2+3 against one batch.
#  2. concurrency: two ingests of the two halves of the articles start at once on a fresh store (the
#     second waits for `<db>.lock`) while `stories` and `export` run again and again; both ingests
#     and every read must exit 0, every export must be whole JSON, and the store must export the
#     same as the two halves ingested one after the other in the order the lock gave (read from the
#     store's batches); whether that order changes the result is printed, not hidden. Then
#     RACE_TRIES times (default 50), two ingests of 20 articles start at once on a fresh store:
#     the creation of a store is a race of its own that one try shows only now and then.
# Exports are compared exactly, after one normalisation: each sighting's `batch` (a batch id) is
# set to null, since a killed run leaves its committed part in a batch of its own and its re-run
# opens another, so ids legitimately differ. Nothing else is touched (the export holds no batch
# labels, timestamps or timings); articles, events, storylines, entities, claims and conflicts are
# compared whole, in their exported order. A `kill -9` tests a crashed process, not a power cut:
# what the kernel had been given survives. A failing kill or check keeps its crash image (before
# any recovery), the store after the re-run, the logs, the diff and the commands to reproduce it
# in KILL_FAILURES. Prints PASS, or FAIL and exits 1. Usage:
#   MARSAD_BIN=target/release/marsad SNN_ARTICLES=3000 KILLS=10 bench/kill.sh [saudinewsnet.jsonl.gz]
# (KILL_WORK: a directory to work in and keep, default a temporary one removed at the end;
#  KILL_FAILURES: default /tmp/marsad-kill-failures; RUN_TIMEOUT: seconds a run may take, 900.)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/saudinewsnet.jsonl.gz}"
[ -f "$data" ] || { echo "bench: $data is missing" >&2; exit 1; }
data=$(realpath "$data")
bin="${MARSAD_BIN:-target/release/marsad}"
[ -x "$bin" ] || { echo "bench: $bin is not an executable (cargo build --release -p marsad, or set MARSAD_BIN)" >&2; exit 1; }
bin=$(realpath "$bin")
articles="${SNN_ARTICLES:-3000}"
kills="${KILLS:-10}"
limit="${RUN_TIMEOUT:-900}"
failures="${KILL_FAILURES:-/tmp/marsad-kill-failures}"
if [ -n "${KILL_WORK:-}" ]; then
  work=$(realpath -m "$KILL_WORK")
  mkdir -p "$work"
  rm -rf "$work"/{input,ref,kill_*,conc,compare.py}
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
started=$(date +%s.%N)

# sqlite3 if installed, else python's module: one row a line, columns joined by |.
sql() { # db query
  if command -v sqlite3 > /dev/null; then
    sqlite3 "$1" "$2"
  else
    python3 -c 'import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join(map(str, row)))' "$1" "$2"
  fi
}
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }

# Compares two exports after the normalisation above: prints `yes`, or `no` and what differs
# (and writes the first differing records of each part to DETAIL, if given).
cat > "$work/compare.py" <<'PY'
import json, sys

def load(path):
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    for article in export.get("articles", []):
        for sighting in article.get("sightings", []):
            sighting["batch"] = None  # batch ids: see the header of bench/kill.sh
    return export

def key(record):
    if isinstance(record, dict):
        for name in ("id", "article", "event"):
            if name in record:
                return f"{name}={record[name]}"
    return json.dumps(record, ensure_ascii=False)[:60]

a, b = load(sys.argv[1]), load(sys.argv[2])
if a == b:
    print("yes")
    sys.exit(0)
parts, detail = [], []
for part in sorted(set(a) | set(b)):
    x, y = a.get(part), b.get(part)
    if x == y:
        continue
    if isinstance(x, list) and isinstance(y, list):
        keys_x, keys_y = {key(r) for r in x}, {key(r) for r in y}
        changed = sum(1 for r, s in zip(x, y) if r != s)
        parts.append(f"{part} {len(x)}/{len(y)} ({len(keys_x - keys_y)} only in 1st, "
                     f"{len(keys_y - keys_x)} only in 2nd, {changed} differ by position)")
        shown = 0
        for r, s in zip(x, y):
            if r != s and shown < 3:
                detail.append(f"--- {part}: 1st\n{json.dumps(r, ensure_ascii=False)[:3000]}\n"
                              f"+++ {part}: 2nd\n{json.dumps(s, ensure_ascii=False)[:3000]}")
                shown += 1
    else:
        parts.append(f"{part}: {json.dumps(x)[:80]} / {json.dumps(y)[:80]}")
print("no: " + "; ".join(parts))
if len(sys.argv) > 3:
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write("\n".join(parts + detail) + "\n")
PY
compare() { python3 "$work/compare.py" "$@"; }

# The inputs: the first N articles, in three files (the kills) and two halves (concurrency).
mkdir -p "$work/input" "$work/ref" "$failures"
in=$work/input
zcat "$data" | head -n "$articles" > "$in/all.jsonl" || true # head closes the pipe early
third=$(( (articles + 2) / 3 ))
split -l "$third" -d --additional-suffix=.jsonl "$in/all.jsonl" "$in/part"
mv "$in/part00.jsonl" "$in/f1.jsonl"; mv "$in/part01.jsonl" "$in/f2.jsonl"; mv "$in/part02.jsonl" "$in/f3.jsonl"
head -n $(( articles / 2 )) "$in/all.jsonl" > "$in/h1.jsonl"
tail -n +$(( articles / 2 + 1 )) "$in/all.jsonl" > "$in/h2.jsonl"
rm "$in/all.jsonl"
all=("$in/f1.jsonl" "$in/f2.jsonl" "$in/f3.jsonl")
make_inputs() { # the commands that make the inputs in the current directory, for reproduce.sh
  echo "zcat $data | head -n $articles > all.jsonl"
  echo "split -l $third -d --additional-suffix=.jsonl all.jsonl part"
  echo "mv part00.jsonl f1.jsonl; mv part01.jsonl f2.jsonl; mv part02.jsonl f3.jsonl"
  echo "head -n $(( articles / 2 )) all.jsonl > h1.jsonl; tail -n +$(( articles / 2 + 1 )) all.jsonl > h2.jsonl"
}
later=("$in/f2.jsonl" "$in/f3.jsonl")

# An uninterrupted ingest into DIR/store.db (a copy of the store given as the 3rd argument, else a
# fresh one), exported to DIR.json; the caller removes DIR when done with it. Sets $seconds.
reference() { # dir "files…" [store to start from]
  local dir=$1 files=$2 from=${3:-} t
  rm -rf "$dir"; mkdir -p "$dir"
  [ -n "$from" ] && cp -a "$from"/store.db* "$dir/"
  t=$(now)
  # shellcheck disable=SC2086
  timeout "$limit" "$bin" --db "$dir/store.db" ingest $files > "$dir/ingest.log" 2>&1 \
    || { echo "bench: the reference ingest of $files failed (see $dir/ingest.log)" >&2; exit 1; }
  seconds=$(since "$t")
  "$bin" --db "$dir/store.db" export -o "$dir.json"
}
echo "reference runs on the first $articles articles…" >&2
reference "$work/ref/all" "${all[*]}"; ref_seconds=$seconds
total=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$work/ref/all.json")
reference "$work/ref/first" "$in/f1.jsonl"; first_seconds=$seconds
rm "$work/ref/first.json"
reference "$work/ref/later" "${later[*]}" "$work/ref/first"; later_seconds=$seconds
rm -rf "$work/ref/later"
reference "$work/ref/again" "${all[*]}"; again_seconds=$seconds
rm -rf "$work/ref/all" "$work/ref/again"
control_again=$(compare "$work/ref/all.json" "$work/ref/again.json" "$work/ref/again.diff")
control_later=$(compare "$work/ref/all.json" "$work/ref/later.json" "$work/ref/later.diff")
rm "$work/ref/again.json"

# What a crash image holds, and so the step the kill hit: reading stores articles (a commit
# every few hundred), then linking, reading the facts and clustering each cover every article.
phase() { # db → "phase|articles|profiles|facts|clustered"
  local counts a p f c
  counts=$(sql "$1" "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM link_profiles),
    (SELECT count(*) FROM article_facts), (SELECT count(*) FROM cluster_members WHERE stale = 0)" 2> /dev/null) \
    || { echo "open|-|-|-|-"; return; }
  IFS='|' read -r a p f c <<< "$counts"
  if [ "$a" -lt "$total" ]; then echo "read|$counts"
  elif [ "$p" -lt "$a" ]; then echo "link|$counts"
  elif [ "$f" -lt "$a" ]; then echo "facts|$counts"
  elif [ "$c" -lt "$a" ]; then echo "cluster|$counts"
  else echo "index|$counts"; fi
}

# Random fractions of the run's duration, fixed by the seed; a missed kill takes the next.
mapfile -t fractions < <(python3 -c 'import random, sys
random.seed(18)
for _ in range(int(sys.argv[1]) * 4): print(random.random())' "$kills")
draw=0
pass=1
rows=()
for i in $(seq 1 "$kills"); do
  k=$(printf '%02d' "$i")
  dir=$work/kill_$k
  if (( i % 2 )); then mode=fresh; files=("${all[@]}"); duration=$ref_seconds; want=$work/ref/all.json
  else mode=second; files=("${later[@]}"); duration=$later_seconds; want=$work/ref/later.json; fi
  while :; do
    rm -rf "$dir"; mkdir -p "$dir"
    [ $mode = second ] && cp -a "$work/ref/first"/store.db* "$dir/"
    at=$(python3 -c 'import sys; print(f"{0.2 + float(sys.argv[1]) * (float(sys.argv[2]) - 0.2):.2f}")' \
      "${fractions[$draw]}" "$duration")
    draw=$((draw + 1))
    "$bin" --db "$dir/store.db" ingest "${files[@]}" > "$dir/killed.log" 2>&1 &
    pid=$!
    sleep "$at"
    kill -9 "$pid" 2> /dev/null || true
    status=0; { wait "$pid"; } 2> /dev/null || status=$?
    [ "$status" -eq 137 ] && break
    echo "kill $k: the ingest ended (exit $status) before ${at}s; drawing again" >&2
    (( draw < ${#fractions[@]} )) || { echo "bench: no kill landed" >&2; exit 1; }
  done
  # The crash image, untouched; the checks read a copy (opening it replays the WAL).
  mkdir -p "$dir/crash" "$dir/check"
  cp -a "$dir"/store.db* "$dir/crash/"
  cp -a "$dir"/store.db* "$dir/check/"
  integrity=$(sql "$dir/check/store.db" "PRAGMA integrity_check" 2>&1 | tr '\n' ' ' | sed 's/ $//') || true
  IFS='|' read -r step n_articles n_profiles n_facts n_clustered <<< "$(phase "$dir/check/store.db")"
  rm -rf "$dir/check"
  rerun=0
  timeout "$limit" "$bin" --db "$dir/store.db" ingest "${files[@]}" > "$dir/rerun.log" 2>&1 || rerun=$?
  same="no (no export)"
  if [ $rerun -eq 0 ] && "$bin" --db "$dir/store.db" export -o "$dir/export.json" 2> "$dir/export.log"; then
    same=$(compare "$want" "$dir/export.json" "$dir/export.diff")
  fi
  rows+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$k" "$mode" "$at" "$step" \
    "$n_articles" "$n_profiles" "$n_facts" "$n_clustered" "$integrity" "$rerun" "${same%%:*}")")
  if [ "$integrity" = ok ] && [ $rerun -eq 0 ] && [ "$same" = yes ]; then
    rm -rf "$dir"
  else
    pass=0
    kept=$failures/kill_$k
    rm -rf "$kept"; mkdir -p "$kept"
    mv "$dir/crash" "$kept/crash"; mkdir -p "$kept/after"; mv "$dir"/store.db* "$kept/after/"
    mv "$dir"/*.log "$kept/"; [ -f "$dir/export.diff" ] && mv "$dir/export.diff" "$kept/"
    rm -rf "$dir"
    {
      echo "# kill $k ($mode ingest, kill -9 after ${at}s, in the $step step): integrity '$integrity'," \
        "re-run exit $rerun, export identical: $same"
      echo "cd \"\$(mktemp -d)\""
      make_inputs
      echo "cp -a $kept/crash/. .   # the crash image, as the kill left it"
      echo "sqlite3 store.db 'PRAGMA integrity_check'   # best on a copy: opening replays the WAL"
      echo "$bin --db store.db ingest ${files[*]#"$in/"}"
      echo "$bin --db store.db export -o export.json"
      echo "python3 $failures/compare.py $failures/ref/${want##*/} export.json   # the reference export"
    } > "$kept/reproduce.sh"
  fi
done
if [ $pass = 0 ]; then
  cp "$work/compare.py" "$failures/"
  mkdir -p "$failures/ref"; cp "$work/ref/all.json" "$work/ref/later.json" "$failures/ref/"
fi
rm -rf "$work/ref/first"

echo
echo "Kills: $kills, the first $articles articles (reference: ${ref_seconds}s for all three files into a fresh store,"
echo "${first_seconds}s for file 1, then ${later_seconds}s for files 2+3; a second run took ${again_seconds}s)"
echo
echo '| kill | ingest | kill s | phase | articles | link profiles | facts | clustered | integrity_check | re-run exit | export identical |'
echo '|---|---|---:|---|---:|---:|---:|---:|---|---:|---|'
printf '%s\n' "${rows[@]}"
echo
echo "control: a second uninterrupted run exports the same: $control_again"
echo "control: file 1, then files 2+3, exports the same as one batch of all three: $control_later"
[ "$control_again" = yes ] || pass=0

# Concurrency: two ingests at once, readers beside them.
conc=$work/conc
mkdir -p "$conc"
alive() { local s; s=$(ps -o stat= -p "$1" 2> /dev/null) && [[ $s != Z* ]]; }
t=$(now)
"$bin" --db "$conc/store.db" ingest "$in/h1.jsonl" > "$conc/h1.log" 2>&1 &
pa=$!
"$bin" --db "$conc/store.db" ingest "$in/h2.jsonl" > "$conc/h2.log" 2>&1 &
pb=$!
stories_runs=0; stories_failed=0; stories_max=0; export_runs=0; export_failed=0; export_max=0; export_bad=0
slowest() { python3 -c "import sys; print(max(float(sys.argv[1]), float(sys.argv[2])))" "$1" "$2"; }
while alive $pa || alive $pb; do
  [ -e "$conc/store.db" ] || { sleep 0.1; continue; }
  r=$(now); rc=0
  "$bin" --db "$conc/store.db" stories --limit 20 > /dev/null 2>> "$conc/readers.log" || rc=$?
  stories_runs=$((stories_runs + 1)); [ $rc -eq 0 ] || { stories_failed=$((stories_failed + 1)); echo "stories exit $rc" >> "$conc/readers.log"; }
  stories_max=$(slowest "$stories_max" "$(since "$r")")
  r=$(now); rc=0
  "$bin" --db "$conc/store.db" export -o "$conc/during.json" 2>> "$conc/readers.log" || rc=$?
  export_runs=$((export_runs + 1)); [ $rc -eq 0 ] || { export_failed=$((export_failed + 1)); echo "export exit $rc" >> "$conc/readers.log"; }
  export_max=$(slowest "$export_max" "$(since "$r")")
  if [ $rc -eq 0 ] && ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$conc/during.json" 2>> "$conc/readers.log"; then
    export_bad=$((export_bad + 1)); cp "$conc/during.json" "$conc/bad_export_$export_runs.json"
  fi
done
ra=0; wait $pa || ra=$?
rb=0; wait $pb || rb=$?
conc_seconds=$(since "$t")
rm -f "$conc/during.json"
first_label=$(sql "$conc/store.db" "SELECT label FROM batches ORDER BY id LIMIT 1")
if [ "$first_label" = "$in/h1.jsonl" ]; then order=(h1 h2); else order=(h2 h1); fi
same_final="no (no export)"
if "$bin" --db "$conc/store.db" export -o "$conc/final.json" 2> "$conc/export.log"; then
  sequential() { # first second → the export of the two halves ingested one after the other
    reference "$work/ref/$1" "$in/$1.jsonl"
    rm "$work/ref/$1.json"
    reference "$work/ref/$1$2" "$in/$2.jsonl" "$work/ref/$1"
    rm -rf "$work/ref/$1" "$work/ref/$1$2"
  }
  sequential h1 h2; sequential h2 h1
  same_final=$(compare "$work/ref/${order[0]}${order[1]}.json" "$conc/final.json" "$conc/final.diff")
  order_matters=$(compare "$work/ref/h1h2.json" "$work/ref/h2h1.json" "$work/ref/order.diff")
  halves_vs_one=$(compare "$work/ref/all.json" "$work/ref/h1h2.json" "$work/ref/halves.diff")
fi
# Two ingests creating one store: the first moments of a store, tried again and again on 20
# articles each (a race there shows in a few tries out of a hundred, more on an idle machine).
race_tries="${RACE_TRIES:-50}"
race_failed=0
head -n 20 "$in/h1.jsonl" > "$in/r1.jsonl"; head -n 20 "$in/h2.jsonl" > "$in/r2.jsonl"
mkdir -p "$conc/race"
for j in $(seq 1 "$race_tries"); do
  rm -rf "$conc/race"/store.db*
  "$bin" --db "$conc/race/store.db" ingest "$in/r1.jsonl" > "$conc/race/1.log" 2>&1 &
  p1=$!
  "$bin" --db "$conc/race/store.db" ingest "$in/r2.jsonl" > "$conc/race/2.log" 2>&1 &
  p2=$!
  r1=0; wait $p1 || r1=$?
  r2=0; wait $p2 || r2=$?
  if [ $r1 -ne 0 ] || [ $r2 -ne 0 ]; then
    race_failed=$((race_failed + 1))
    { echo "try $j: exits $r1 $r2"; grep -h '^marsad:' "$conc/race/1.log" "$conc/race/2.log"; } >> "$conc/race.log"
  fi
done
rm -rf "$conc/race"
conc_ok=1
[ $race_failed -eq 0 ] || conc_ok=0
[ $ra -eq 0 ] && [ $rb -eq 0 ] && [ $stories_failed -eq 0 ] && [ $export_failed -eq 0 ] && [ $export_bad -eq 0 ] \
  && [ "$same_final" = yes ] || conc_ok=0
echo
echo "Concurrency: ingest h1 (articles 1-$((articles / 2))) and ingest h2 (the rest) started at once on a fresh store,"
echo "stories --limit 20 and export run in turn until both ended (${conc_seconds}s)"
echo
echo '| check | result |'
echo '|---|---|'
echo "| ingest h1 exit | $ra |"
echo "| ingest h2 exit | $rb |"
echo "| took the lock first (batch 1) | ${order[0]} |"
echo "| stories runs / failed / slowest s | $stories_runs / $stories_failed / $stories_max |"
echo "| export runs / failed / not whole JSON / slowest s | $export_runs / $export_failed / $export_bad / $export_max |"
echo "| final export = ${order[0]} then ${order[1]} one after the other | ${same_final%%:*} |"
echo "| (info) h1 then h2 = h2 then h1 | ${order_matters:-?} |"
echo "| (info) h1 then h2 = one batch of all | ${halves_vs_one:-?} |"
echo "| two ingests of 20 articles creating one store at once: tries failed | $race_failed / $race_tries |"
if [ -s "$conc/race.log" ]; then
  echo
  echo "what the failed ingests said (times, message):"
  grep -h '^marsad:' "$conc/h1.log" "$conc/h2.log" "$conc/race.log" | sed -E 's/\(tables: [^)]*\)/(tables: …)/' | sort | uniq -c
fi
if [ $conc_ok = 0 ]; then
  pass=0
  kept=$failures/concurrency
  rm -rf "$kept"; mkdir -p "$kept"
  cp -a "$conc"/. "$kept/"; cp "$work/ref/"h*.json "$kept/" 2> /dev/null || true
  cp "$work/compare.py" "$failures/"
  {
    echo "# concurrency: ingest exits $ra/$rb, stories failed $stories_failed, export failed $export_failed," \
      "bad JSON $export_bad, final export = sequential ${order[*]}: $same_final;" \
      "creating one store at once failed $race_failed of $race_tries tries"
    echo "cd \"\$(mktemp -d)\""
    make_inputs
    echo "$bin --db store.db ingest h1.jsonl & $bin --db store.db ingest h2.jsonl &"
    echo "while jobs %1 %2 > /dev/null 2>&1; do $bin --db store.db stories --limit 20 > /dev/null; $bin --db store.db export -o during.json; done; wait"
    echo "$bin --db store.db export -o final.json"
    echo "python3 $failures/compare.py $kept/${order[0]}${order[1]}.json final.json"
    echo "# the race alone:"
    echo "head -n 20 h1.jsonl > r1.jsonl; head -n 20 h2.jsonl > r2.jsonl"
    echo "for i in \$(seq 20); do rm -rf r.db*; $bin --db r.db ingest r1.jsonl > 1.log 2>&1 & p=\$!;" \
      "$bin --db r.db ingest r2.jsonl > 2.log 2>&1 || cat 2.log; wait \$p || cat 1.log; done | grep marsad:"
  } > "$kept/reproduce.sh"
fi
echo
echo "run time: $(since "$started")s"
if [ $pass = 1 ]; then echo PASS; else echo "FAIL (kept in $failures)"; exit 1; fi
