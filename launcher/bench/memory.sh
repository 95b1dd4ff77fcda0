#!/usr/bin/env bash
# Heap of one `copydesk process` batch at several sizes (default 10,000, 50,000 and 100,000 plain-text
# articles made from the bundled sample, as batch.sh makes them), each in a fixed heap (HEAP, default
# 128m): the live set after each full collection (the most, and the last), and the time. Flat memory
# means the live set does not grow with the batch, and every size finishes in the same small heap.
# Run after `mvn -B -q package -DskipTests`; it takes a while (about N / 200 seconds per size).
#   [HEAP=128m] launcher/bench/memory.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${HEAP:-128m}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 100000)
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  rm -rf "$work/in" "$work/out"
  mkdir -p "$work/in"
  python3 bench/make-articles.py "$n" "$work/in" target/copydesk/samples/port-strike.txt
  # the launcher's batch options with a small fixed heap, so that old collections come often and each
  # full collection's result is the live set at that moment; the collector's log says it
  t0=$(date +%s%N)
  COPYDESK_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xmx$heap -Xlog:gc:file=$work/gc.log" \
    "$bin" process --published 2024-03-14 --out "$work/out" "$work/in" 2> "$work/err.log" || { tail -3 "$work/err.log"; exit 1; }
  t1=$(date +%s%N)
  # "GC(12) Pause Full (Allocation Failure) 190M->41M(247M) 85.1ms": the size after each full collection
  full=$(grep 'Pause Full' "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | tr '\n' ' ')
  stats=$(echo "$full" | awk '{ for (i = 1; i <= NF; i++) { if ($i > max) max = $i; last = $i } } END { printf "%d full collections, live set after them at most %d MB, %d MB after the last", NF, max, last }')
  young=$(grep 'Pause Young' "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n | tail -1)
  secs=$(awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  echo "$n articles, -Xmx$heap: $(ls "$work/out" | wc -l) outputs in $secs s; $stats; at most ${young:-0} MB after a young collection (load $(cut -d' ' -f1 /proc/loadavg))"
done
