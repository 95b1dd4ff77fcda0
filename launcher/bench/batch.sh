#!/usr/bin/env bash
# Articles per second for one `copydesk process` run over a folder of N plain-text articles (default
# 1,000), start-up included. The articles are made from the bundled sample with varied names, dates and
# numbers, so no two are alike. Run after `mvn -B -q package -DskipTests`.
#   launcher/bench/batch.sh [N] [DESK]
set -euo pipefail
cd "$(dirname "$0")/.."
export COPYDESK_NO_DAEMON=1 # the whole process is measured: a new JVM each run, never the warm runtime
n=${1:-1000}
desk=${2:-default}
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
python3 bench/make-articles.py "$n" "$work/in" target/copydesk/samples/port-strike.txt
t0=$(date +%s%N)
"$bin" process --desk "$desk" --published 2024-03-14 --out "$work/out" "$work/in" 2> "$work/err.log" || { tail "$work/err.log"; exit 1; }
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
count=$(ls "$work/out" | wc -l)
echo "$count articles in $ms ms: $(( count * 1000 / ms )) articles/s (one run, start-up included; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
