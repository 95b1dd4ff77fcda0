#!/usr/bin/env bash
# Heap of one long `copydesk process` batch (default 100,000 plain-text articles made from the bundled
# sample, as batch.sh makes them), taken as the batch passes 10,000, 50,000 and (just before its end)
# N - 500 articles done: the live set then, as jcmd's class histogram counts it (a full collection,
# then every object still reachable), and the heap the JVM has committed. Flat memory means the live
# set does not grow with the articles done.
# Run after `mvn -B -q package -DskipTests`; it takes a while (about N / 200 seconds).
#   launcher/bench/memory.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
export COPYDESK_NO_DAEMON=1 # the whole process is measured: a new JVM each run, never the warm runtime
n=${1:-100000}
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
python3 bench/make-articles.py "$n" "$work/in" target/copydesk/samples/port-strike.txt
t0=$(date +%s%N)
"$bin" process --published 2024-03-14 --out "$work/out" "$work/in" 2> "$work/err.log" &
pid=$! # the launcher script execs java, so this is the JVM
# the histogram's last line: "Total   820952   32924504" (objects, bytes)
live() { jcmd "$pid" GC.class_histogram 2>/dev/null | tail -1 | awk '{ printf "%.1f MB in %d objects", $3 / 1048576, $2 }'; }
# "tenured generation   total 258048K, used 32152K": what the JVM has taken for the two generations
committed() { jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'generation *total [0-9]*K' | awk '{ s += $3 } END { printf "%d", s / 1024 }'; }
for mark in 10000 50000 $(( n - 500 )); do
  [ "$mark" -lt "$n" ] || continue
  while kill -0 "$pid" 2>/dev/null && [ "$(find "$work/out" -maxdepth 1 -name '*.json' | wc -l)" -lt "$mark" ]; do sleep 1; done
  kill -0 "$pid" 2>/dev/null || break
  echo "$mark articles done: live set $(live), $(committed) MB committed ($(( ($(date +%s%N) - t0) / 1000000000 )) s in; load $(cut -d' ' -f1 /proc/loadavg))"
done
wait "$pid" || { tail -3 "$work/err.log"; exit 1; }
echo "$(tail -1 "$work/err.log") ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
