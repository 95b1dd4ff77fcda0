#!/usr/bin/env bash
# Pages per second of the whole pipeline (import, strip, entities, times, timeline, JSON export) on the
# 990 extraction dev pages, whole process (JVM start included), against readability4j extracting the
# same pages alone, also whole process, on one thread and on all cores. The runs alternate, RUNS of
# each (default 3); the medians of wall time and of CPU time (user + system) are reported.
# readability4j is fetched from Maven Central into a temporary project that is removed afterwards: it
# is never part of Copydesk. The pages are unpacked into a temporary folder, never into the repository.
# Run after `mvn -B -q package -DskipTests`.
#   launcher/bench/pages.sh [RUNS] [DATA]        DATA defaults to ../shared/data/extraction-dev
set -euo pipefail
cd "$(dirname "$0")/.."
export COPYDESK_NO_DAEMON=1 # the whole process is measured: a new JVM each run, never the warm runtime
runs=${1:-3}
data=${2:-../../shared/data/extraction-dev}
bin=target/copydesk/bin/copydesk
[ -x "$bin" ] || { echo "no distribution: run mvn -B -q package -DskipTests first" >&2; exit 2; }
[ -d "$data/pages" ] || { echo "no pages in $data (the shared dev data)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages" "$work/r4j/src"
for f in "$data"/pages/*.html.gz; do
  gunzip -c "$f" > "$work/pages/$(basename "$f" .gz)"
done
pages=$(ls "$work/pages" | wc -l)

# readability4j: a throwaway Maven project, its jars copied out, a small harness compiled against them
cat > "$work/r4j/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>readability4j-bench</artifactId><version>1</version>
  <dependencies><dependency><groupId>net.dankito.readability4j</groupId><artifactId>readability4j</artifactId><version>1.0.8</version></dependency></dependencies>
</project>
POM
cat > "$work/r4j/src/Extract.java" <<'JAVA'
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import net.dankito.readability4j.Readability4J;

/** Extracts every page of a folder with readability4j, on THREADS threads; prints pages and characters kept. */
public class Extract {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[1]);
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) { pages = s.sorted().toList(); }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        long chars = pool.submit(() -> pages.parallelStream().mapToLong(p -> {
            try {
                String html = Files.readString(p);
                String text = new Readability4J("https://example.invalid/" + p.getFileName(), html).parse().getTextContent();
                return text == null ? 0 : text.length();
            } catch (Exception e) {
                return 0;
            }
        }).sum()).get();
        System.out.println(pages.size() + " pages, " + chars + " characters of text");
    }
}
JAVA
(cd "$work/r4j" && mvn -B -q -Dstyle.color=never dependency:copy-dependencies -DoutputDirectory=lib >/dev/null 2>&1)
javac -d "$work/r4j/classes" -cp "$work/r4j/lib/*" "$work/r4j/src/Extract.java"

# one run: "WALL CPU" in milliseconds (CPU = user + system, which a busy machine disturbs less)
run() {
  local t0 t1 cpu TIMEFORMAT='%U %S'
  t0=$(date +%s%N)
  cpu=$( { time "$@" > /dev/null 2>> "$work/err.log"; } 2>&1 | tail -1)
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(echo "$cpu" | awk '{printf "%d", ($1 + $2) * 1000}')"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -A wall cpu
names=(copydesk r4j-1 r4j-all)
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  for name in "${names[@]}"; do
    case $name in
      copydesk) r=$(run "$bin" process --out "$work/out" "$work/pages") ;;
      r4j-1) r=$(run java -cp "$work/r4j/classes:$work/r4j/lib/*" Extract "$work/pages" 1) ;;
      r4j-all) r=$(run java -cp "$work/r4j/classes:$work/r4j/lib/*" Extract "$work/pages" "$(nproc)") ;;
    esac
    wall[$name]="${wall[$name]:-} ${r% *}"
    cpu[$name]="${cpu[$name]:-} ${r#* }"
  done
done
rate() { awk -v n="$pages" -v ms="$1" 'BEGIN {printf "%.1f", n * 1000 / ms}'; }
echo "$pages pages, $runs alternating runs each ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end)"
for name in "${names[@]}"; do
  w=$(median ${wall[$name]}); c=$(median ${cpu[$name]})
  printf '%-8s wall%s ms: median %s ms = %s pages/s; CPU%s ms: median %s ms = %s pages per CPU second\n' \
    "$name" "${wall[$name]}" "$w" "$(rate "$w")" "${cpu[$name]}" "$c" "$(rate "$c")"
  eval "w_${name//-/_}=$w c_${name//-/_}=$c"
done
awk -v a="$w_r4j_1" -v b="$w_r4j_all" -v o="$w_copydesk" -v ca="$c_r4j_1" -v co="$c_copydesk" 'BEGIN {
  printf "copydesk pages/s over readability4j pages/s: %.2fx (readability4j on one thread), %.2fx (on all cores); per CPU second %.2fx\n", a / o, b / o, ca / co }'
