#!/usr/bin/env bash
# The whole pipeline on one very long web page, with the HTML importer's paragraph limit raised, at
# several sizes (default 2, 10 and 20 MB): wall and CPU time, peak memory, and each stage's own time
# from the article's provenance (`millis`), to show that every stage grows linearly with the page.
# The pages are cut from the 20 MB page of BigInputs (seeded varied prose) into a temporary folder;
# the raised limits live in a temporary desk that is removed afterwards.
# Run after `mvn -B -q package -DskipTests` (BigInputs is in bundles/formats/target/test-classes).
#   launcher/bench/big-page.sh [MB...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${*:-2 10 20}
. bench/big-inputs.sh big-page default
echo 'maxParagraphs=I"5000000"' > "$home/config/desks/$desk/org.copydesk.importer.html.config"
echo 'stage.timeout=L"900000"' > "$home/config/desks/$desk/org.copydesk.pipeline.config"
rm -f "$work/big-200mb.txt" "$work/feed-50000.rss"
for mb in $sizes; do
  page=$work/page-${mb}mb.html
  # whole paragraphs only: cut at a line end, then close the article as BigInputs does
  { head -c $((mb * 1000000)) "$work/big-20mb.html" | sed '$d'; echo '</article><footer>© The Gazette</footer></body></html>'; } > "$page"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" --desk "$desk" process --format json --out "$work/out-$mb" "$page" 2> "$work/err.log" \
    || { tail "$work/err.log"; exit 1; }
  read -r wall user sys peak < "$work/time"
  python3 - "$work/out-$mb" "$mb" "$wall" "$user" "$sys" "$peak" "$load" <<'PY'
import glob, json, sys
out, mb, wall, user, sys_, peak, load = sys.argv[1:]
a = json.load(open(glob.glob(out + "/*.json")[0]))
stages = " ".join("%s %.0f" % (p["stage"], p["millis"]) for p in a["provenance"])
print("%s MB, %d paragraphs: wall %s s, CPU %.1f s, peak %d MB (load %s); ms: %s"
      % (mb, len(a["body"]), wall, float(user) + float(sys_), int(peak) // 1024, load, stages))
PY
done
