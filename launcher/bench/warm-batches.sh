#!/usr/bin/env bash
# Batches through the desk's warm runtimes: the runtimes are stopped, then each folder given is
# processed in turn by `copydesk process --out` (the launcher choosing the runtime and its JIT), and
# each batch's wall time and CPU time are printed: the client's (user + sys) plus what every warm
# runtime of the distribution spent meanwhile (/proc). The runtimes are stopped again at the end.
# COPYDESK_JAVA_OPTS, when set, gives every batch one runtime of those options (no choice by size).
# Run after `mvn -B -q package -DskipTests`.
#   [COPYDESK_JAVA_OPTS=...] launcher/bench/warm-batches.sh FOLDER...   e.g. a big batch, then smaller ones
set -euo pipefail
folders=()
for f in "$@"; do folders+=("$(realpath "$f")"); done
cd "$(dirname "$0")/.."
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: launcher/bench/warm-batches.sh FOLDER..." >&2; exit 2; }
unset COPYDESK_NO_DAEMON
ticks=$(getconf CLK_TCK)
# "PID CPU-ms" of each warm runtime of this distribution (user+sys so far)
runtimes_cpu() {
  local pid
  for pid in $("$bin" daemon status | sed -n 's/.*: pid \([0-9]*\),.*/\1/p'); do
    [ -r "/proc/$pid/stat" ] && awk -v t="$ticks" -v p="$pid" '{printf "%s %d\n", p, ($14 + $15) * 1000 / t}' "/proc/$pid/stat"
  done
}
# CPU ms the runtimes alive after a batch spent during it (one the batch started counts from 0; one
# that stopped during it, as the client compiler's does when it hands over, is left out)
spent() { awk 'NR == FNR {before[$1] = $2; next} {sum += $2 - before[$1]} END {printf "%d", sum}' <(echo "$1") <(echo "$2"); }
out=$(mktemp -d)
trap '"$bin" daemon stop > /dev/null; rm -rf "$out"' EXIT
"$bin" daemon stop > /dev/null
TIMEFORMAT='%U %S'
n=0
for folder in "${folders[@]}"; do
  n=$((n + 1))
  rm -rf "$out/o"
  before=$(runtimes_cpu)
  t0=$(date +%s%N)
  client=$( { time "$bin" process --out "$out/o" "$folder" > /dev/null 2>&1; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  after=$(runtimes_cpu)
  cpu=$(echo "$client" | awk -v r="$(spent "$before" "$after")" '{printf "%.1f", $1 + $2 + r / 1000}')
  echo "batch $n: $(find "$out/o" -type f 2>/dev/null | wc -l) outputs of $folder, $(( (t1 - t0) / 1000000 )) ms wall, $cpu s CPU (load $(cut -d' ' -f1 /proc/loadavg))"
done
"$bin" daemon status
