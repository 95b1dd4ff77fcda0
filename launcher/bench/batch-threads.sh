#!/usr/bin/env bash
# One warm batch seen thread by thread: the desk's runtimes are stopped, FOLDER is processed WARMUPS
# times through the batch runtime (the full JIT: COPYDESK_FULL_JIT_SECONDS=5 sends it there), then once
# more while thread-times.py samples every thread of the runtime (time on a CPU, time waiting for one,
# a timeline of cores busy and wanted) and the runtime logs its collections (jcmd VM.log), whose
# pauses stop every thread at once. The runtimes are stopped again at the end.
# Run after `mvn -B -q package -DskipTests`.
#   launcher/bench/batch-threads.sh WARMUPS FOLDER [BUCKET]     e.g. 6 /tmp/pages 0.5
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: launcher/bench/batch-threads.sh WARMUPS FOLDER [BUCKET]" >&2; exit 2; }
warmups=$1
folder=$(realpath "$2")
bucket=${3:-0.5}
cd "$(dirname "$0")/.."
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
export COPYDESK_FULL_JIT_SECONDS=5
unset COPYDESK_NO_DAEMON COPYDESK_JAVA_OPTS
work=$(mktemp -d)
trap '"$bin" daemon stop > /dev/null; rm -rf "$work"' EXIT
"$bin" daemon stop > /dev/null
for i in $(seq "$warmups"); do
  rm -rf "$work/o"
  "$bin" process --out "$work/o" "$folder" 2>&1 | tail -1 | sed "s/^/warm-up $i: /"
done
pid=$("$bin" daemon status | sed -n 's/.*: pid \([0-9]*\),.*full JIT.*/\1/p' | head -1)
[ -n "$pid" ] || { echo "no batch runtime up (was the folder too small for one?)" >&2; exit 1; }
jcmd "$pid" VM.log output="$work/gc.log" what=gc=info decorators=uptimemillis > /dev/null
rm -rf "$work/o"
bench/thread-times.py "$pid" "$work/stop" "$bucket" > "$work/threads" &
sampler=$!
sleep 0.2 # the sampler's first look comes before the client starts
TIMEFORMAT='client: %R s wall, %U + %S s CPU'
{ time "$bin" process --out "$work/o" "$folder" 2>&1 | tail -1; } 2>&1
echo "load $(cut -d' ' -f1 /proc/loadavg)"
touch "$work/stop"
wait "$sampler"
cat "$work/threads"
awk '/Pause/ {n++; ms += $NF + 0} END {printf "collections: %d pauses, %.0f ms in all\n", n, ms}' "$work/gc.log"
