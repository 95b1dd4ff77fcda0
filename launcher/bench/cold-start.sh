#!/usr/bin/env bash
# Cold wall time of one `copydesk process` on the bundled sample: N separate runs (default 5), each a
# new JVM and a new framework, the median reported, with the median CPU time (user+sys) of the same
# runs, which other work on the machine disturbs less. Run after `mvn -B -q package -DskipTests`.
#   [DESK=name] launcher/bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
desk=${DESK:-default}
bin=target/copydesk/bin/copydesk
sample=target/copydesk/samples/port-strike.txt
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
times=()
cpus=()
TIMEFORMAT='%U %S'
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  cpu=$( { time "$bin" --desk "$desk" process --published 2024-03-14 "$sample" > /dev/null; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
  cpus+=($(echo "$cpu" | awk '{printf "%d", ($1 + $2) * 1000}'))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "runs (ms): ${times[*]}"
echo "median cold wall time: $(median "${times[@]}") ms over $runs runs, desk $desk ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
echo "median CPU time (user+sys): $(median "${cpus[@]}") ms"
