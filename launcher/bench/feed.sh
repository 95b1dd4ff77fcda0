#!/usr/bin/env bash
# The whole pipeline on one long RSS feed (items of a title and a sentence, from BigInputs) with the
# feed importer's item limit raised, at several sizes (default 5,000 and 50,000 items): wall and CPU
# time, peak memory and articles written, one run each, on the world desk (which reads feeds). What
# it measures is the cost every article pays whatever its length: the stages' hand-overs, the rule
# set lookup, the output file. The raised limit lives in a temporary desk that is removed afterwards.
# Run after `mvn -B -q package -DskipTests` (BigInputs is in bundles/formats/target/test-classes).
#   launcher/bench/feed.sh [ITEMS...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${*:-5000 50000}
. bench/big-inputs.sh feed world
echo 'maxItems=I"1000000"' > "$home/config/desks/$desk/org.copydesk.importer.feed.config"
rm -f "$work/big-200mb.txt" "$work/big-20mb.html"
for n in $sizes; do
  feed=$work/items-$n.rss
  # the first N items of BigInputs' 50,000, and the feed closed again
  { head -n $((n + 2)) "$work/feed-50000.rss" | grep -v '</channel>'; echo '</channel></rss>'; } > "$feed"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" --desk "$desk" process --format json --out "$work/out-$n" "$feed" 2> "$work/err.log" \
    || { tail "$work/err.log"; exit 1; }
  read -r wall user sys peak < "$work/time"
  written=$(ls "$work/out-$n" | wc -l)
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" -v k="$written" -v l="$load" 'BEGIN {
    printf "%d items: %d articles written, wall %.1f s, CPU %.1f s (%.2f ms an item), peak %d MB (load %s)\n",
      n, k, w, u + s, (u + s) * 1000 / n, p / 1024, l }'
  rm -rf "$work/out-$n"
done
