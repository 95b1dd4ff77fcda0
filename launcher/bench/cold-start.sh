#!/usr/bin/env bash
# Cold wall time of one `copydesk process` on the bundled sample: N separate runs (default 5), each a
# new JVM and a new framework, the median reported, with the median CPU time (user+sys) of the same
# runs, which other work on the machine disturbs less. Run after `mvn -B -q package -DskipTests`.
# With DAEMON=1 the runs go through the desk's warm runtime instead: the first run (which starts the
# runtime) is reported on its own, then N runs served warm; their CPU time is the client's plus what
# the runtime spent on the run (from /proc). The runtime is stopped before and after.
#   [DESK=name] [DAEMON=1] launcher/bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
desk=${DESK:-default}
bin=target/copydesk/bin/copydesk
sample=target/copydesk/samples/port-strike.txt
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
warm=${DAEMON:-}
if [ -z "$warm" ]; then export COPYDESK_NO_DAEMON=1; else unset COPYDESK_NO_DAEMON; fi
ticks=$(getconf CLK_TCK)
# CPU milliseconds a process has used so far (user+sys), 0 if there is none
cpu_of() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk -v t="$ticks" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$1/stat"; else echo 0; fi; }
runtime_pid() { "$bin" --desk "$desk" daemon status | sed -n 's/.*: pid \([0-9]*\),.*/\1/p' | head -1; }
TIMEFORMAT='%U %S'
# one run: its wall time and CPU time in ms, "WALL CPU"
one() {
  local pid before t0 t1 cpu
  pid=$( [ -n "$warm" ] && runtime_pid || true)
  before=$(cpu_of "$pid")
  t0=$(date +%s%N)
  cpu=$( { time "$bin" --desk "$desk" process --published 2024-03-14 "$sample" > /dev/null; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  [ -n "$warm" ] && [ -z "$pid" ] && pid=$(runtime_pid)
  echo "$(( (t1 - t0) / 1000000 )) $(echo "$cpu" | awk -v r=$(( $(cpu_of "$pid") - before )) '{printf "%d", ($1 + $2) * 1000 + r}')"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
if [ -n "$warm" ]; then
  "$bin" --desk "$desk" daemon stop > /dev/null
  trap '"$bin" --desk "$desk" daemon stop > /dev/null' EXIT
  read -r w c <<< "$(one)"
  echo "first run (starts the warm runtime): $w ms wall, $c ms CPU (client and runtime)"
fi
times=()
cpus=()
for _ in $(seq "$runs"); do
  read -r w c <<< "$(one)"
  times+=("$w")
  cpus+=("$c")
done
mode=$([ -n "$warm" ] && echo "warm runtime" || echo "cold, no daemon")
echo "runs (ms): ${times[*]}"
echo "median wall time ($mode): $(median "${times[@]}") ms over $runs runs, desk $desk ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
echo "median CPU time (user+sys): $(median "${cpus[@]}") ms"
