#!/usr/bin/env bash
# A flood of near-copies: N records of one templated page (the same paragraphs, a number and a
# place changing in each), as a crawler that fetched a listing page thousands of times would
# send. Every record shares an LSH bucket with every other, so comparing each with all would be
# quadratic in N. Ingests them into a fresh store and prints a table: records, seconds, peak RSS,
# candidate pairs compared, links, and whether the cap on candidates per article
# (link::candidates::MAX_COMPARED) was reached. Usage:
#   bench/flood.sh [N…]            (default: 500 2000 5000)
# MARSAD=path/to/marsad compares another build (default: target/release/marsad, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 2000 5000)
marsad="${MARSAD:-target/release/marsad}"
[ -x "$marsad" ] || cargo build --release -p marsad >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -z "${KEEP_LOGS:-}" ] || trap - EXIT
places=(الرياض جدة الدمام مكة المدينة تبوك أبها حائل نجران جازان)
printf '%-8s %9s %10s %10s %10s  %s\n' records seconds peak_MiB compared capped links
for n in "${sizes[@]}"; do
  input="$work/flood-$n.jsonl"
  for ((i = 0; i < n; i++)); do
    place=${places[$((i % ${#places[@]}))]}
    printf '{"id":"flood-%d","source":"مرصد الأسعار","title":"نشرة أسعار الخضار في %s رقم %d","date":"2026-03-%02d","text":"سجلت أسواق الخضار في %s اليوم ارتفاعا في أسعار الطماطم والبصل بحسب النشرة رقم %d الصادرة عن الغرفة التجارية.\\nوقال التجار إن الطلب زاد مع بداية الشهر وإن المعروض من المزارع المحلية تراجع بسبب موجة الحر.\\nوأشارت النشرة إلى أن سعر صندوق الطماطم بلغ خمسة وعشرين ريالا في المتوسط.\\nوتوقعت الغرفة أن تعود الأسعار إلى مستواها المعتاد خلال أسبوعين مع وصول شحنات جديدة من المزارع.\\nوتصدر النشرة كل صباح وتغطي أسعار الجملة في الأسواق المركزية."}\n' \
      "$i" "$place" "$i" $((1 + i % 28)) "$place" "$i"
  done >"$input"
  rm -rf "$work/store.db"*
  log="$work/log-$n"
  /usr/bin/time -f '%e %M' -o "$work/time-$n" "$marsad" ingest --db "$work/store.db" "$input" >"$log" 2>&1 || true
  read -r seconds kib <"$work/time-$n"
  compared=$(grep -o '[0-9]* candidate pairs compared' "$log" | head -1 | grep -o '^[0-9]*' || echo '?')
  links=$(grep -o 'candidate pairs compared[^;]*' "$log" | head -1 | sed 's/.*), //')
  capped=$(grep -o '[0-9]* articles\? had more than' "$log" | grep -o '^[0-9]*' || echo 0)
  printf '%-8s %9s %10s %10s %10s  %s\n' "$n" "$seconds" $((kib / 1024)) "$compared" "$capped" "$links"
done
