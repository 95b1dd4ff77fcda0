#!/usr/bin/env bash
# Cold wall time of one `copydesk process` on the bundled sample: N separate runs (default 5), each a
# new JVM and a new framework, the median reported. Run after `mvn -B -q package -DskipTests`.
#   launcher/bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bin=target/copydesk/bin/copydesk
sample=target/copydesk/samples/port-strike.txt
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
times=()
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  "$bin" process --published 2024-03-14 "$sample" > /dev/null
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}"
echo "median cold wall time: ${sorted[$((runs / 2))]} ms over $runs runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
