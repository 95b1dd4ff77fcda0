#!/usr/bin/env bash
# Articles per second of `copydesk beam` on Flink's local runner at parallelism 1 and 2, against
# `copydesk process` with 1 and 2 threads, over the same N plain-text articles (default 20,000, made as
# batch.sh makes them), each a new JVM with its start-up included; then the start-up cost of one worker
# from the self-contained job jar (unpacking the home inside it and starting the desk). Run after
# `mvn -B -q package -DskipTests`.
#   launcher/bench/beam.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
export COPYDESK_NO_DAEMON=1 # the whole process is measured: a new JVM each run, never the warm runtime
n=${1:-20000}
bin=target/copydesk/bin/copydesk
job=$(ls ../bundles/beam/target/org.copydesk.beam-*-job.jar 2>/dev/null | head -1)
[ -d target/copydesk/lib/beam ] && [ -n "$job" ] || { echo "no lib/beam or job jar: run mvn -B -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
python3 bench/make-articles.py "$n" "$work/in" target/copydesk/samples/port-strike.txt
echo "$n articles; $(nproc) cores; $(java -version 2>&1 | head -1)"
run() {
  local label=$1; shift
  rm -rf "$work/out"
  local load0 t0 t1 ms count
  load0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  "$@" > /dev/null 2> "$work/err.log" || true
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  count=$(find "$work/out" -name '*.json' | wc -l)
  echo "$label: $count articles in $ms ms, $(( count * 1000 / ms )) articles/s with start-up (load $load0 -> $(cut -d' ' -f1 /proc/loadavg))"
  grep -h "articles/s\|started in" "$work/err.log" | sed 's/^/    /' || true
}
run "process --threads 1" "$bin" process --threads 1 --published 2024-03-14 --out "$work/out" "$work/in"
run "process --threads 2" "$bin" process --threads 2 --published 2024-03-14 --out "$work/out" "$work/in"
for p in 1 2; do
  run "beam FlinkRunner [local] --parallelism=$p" "$bin" beam --runner=FlinkRunner --flinkMaster=[local] --parallelism=$p \
    --input="$work/in" --output="$work/out" --published=2024-03-14 --progressSeconds=0
done
# one worker's start-up from the job jar alone: unpack its home, start the desk (the driver's runtime,
# which the local workers share, is started exactly as a cluster worker's)
mkdir -p "$work/few" && cp "$work/in"/story-0000[0-9].txt "$work/few"/
run "job jar, 10 articles" java -jar "$job" --runner=FlinkRunner --flinkMaster=[local] --parallelism=1 \
  --input="$work/few" --output="$work/out" --published=2024-03-14 --progressSeconds=0
