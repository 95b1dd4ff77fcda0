#!/usr/bin/env bash
# Pages per second of the whole pipeline (import, strip, entities, times, timeline, JSON export) on the
# 990 extraction dev pages, whole process (JVM start included), against readability4j extracting the
# same pages alone, also whole process. The runs alternate, RUNS of each (default 3), medians reported.
# readability4j is fetched from Maven Central into a temporary project that is removed afterwards: it
# is never part of Copydesk. The pages are unpacked into a temporary folder, never into the repository.
# Run after `mvn -B -q package -DskipTests`.
#   launcher/bench/pages.sh [RUNS] [DATA]        DATA defaults to ../shared/data/extraction-dev
set -euo pipefail
cd "$(dirname "$0")/.."
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
(cd "$work/r4j" && mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib >/dev/null)
javac -d "$work/r4j/classes" -cp "$work/r4j/lib/*" "$work/r4j/src/Extract.java"

ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null 2>> "$work/err.log"; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ours=() r1=() r2=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  ours+=($(ms "$bin" process --out "$work/out" "$work/pages"))
  r1+=($(ms java -cp "$work/r4j/classes:$work/r4j/lib/*" Extract "$work/pages" 1))
  r2+=($(ms java -cp "$work/r4j/classes:$work/r4j/lib/*" Extract "$work/pages" "$(nproc)"))
done
rate() { awk -v n="$pages" -v ms="$1" 'BEGIN {printf "%.1f", n * 1000 / ms}'; }
mo=$(median "${ours[@]}"); m1=$(median "${r1[@]}"); m2=$(median "${r2[@]}")
echo "$pages pages, $runs alternating runs each ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end)"
echo "copydesk process, whole pipeline:        ${ours[*]} ms -> median $mo ms, $(rate "$mo") pages/s"
echo "readability4j 1.0.8, extraction, 1 thread: ${r1[*]} ms -> median $m1 ms, $(rate "$m1") pages/s"
echo "readability4j 1.0.8, extraction, $(nproc) threads: ${r2[*]} ms -> median $m2 ms, $(rate "$m2") pages/s"
awk -v a="$m1" -v b="$m2" -v o="$mo" 'BEGIN {printf "copydesk / readability4j: %.2fx (one thread), %.2fx (all cores)\n", a / o, b / o}'
