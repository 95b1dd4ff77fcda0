#!/usr/bin/env python3
"""Where a batch's Java CPU goes: the shares of JFR execution samples under each part of the pipeline
(a sample counts for every part on its stack) and by innermost frame. Several recordings are pooled.
Shares, not times: a loaded machine stretches every part alike.

  COPYDESK_NO_DAEMON=1 COPYDESK_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m \\
      -XX:StartFlightRecording=settings=profile,filename=F.jfr" copydesk process --out OUT PAGES
  launcher/bench/jfr-shares.py F.jfr [G.jfr ...]"""
import collections
import json
import subprocess
import sys

# (label, frames "Class.method" any of which on the stack puts a sample in the part; older builds
# decoded the page whole (PageDecoder.decode) before parsing it (PageExtractor.parse))
PARTS = [
    ("HTML importer", ("PageExtractor.extract",)),
    ("  decoding and jsoup's parse", ("PageDecoder.read", "PageDecoder.decode", "PageExtractor.parse")),
    ("  linearising (BlockCollector.collect)", ("BlockCollector.collect",)),
    ("  class and id names (BoilerplateNames.of)", ("BoilerplateNames.of",)),
    ("  metadata (PageMetadata.of)", ("PageMetadata.of",)),
    ("source hash (ImportSource.sha256)", ("ImportSource.sha256",)),
    ("entity stage (EntityAnnotator.annotate)", ("EntityAnnotator.annotate",)),
    ("  model lookups (PerceptronModel.tag)", ("PerceptronModel.tag",)),
    ("  features (Features.unit)", ("Features.unit",)),
    ("strip (RuleStripper.process)", ("RuleStripper.process",)),
    ("time tagger (TimeTagger.process)", ("TimeTagger.process",)),
    ("JSON export (PipelineComponent.write)", ("PipelineComponent.write",)),
]


def samples(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        frames = event["values"]["stackTrace"]["frames"]
        if frames:
            yield [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in frames]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    total = 0
    parts = collections.Counter()
    top = collections.Counter()
    for path in sys.argv[1:]:
        for stack in samples(path):
            total += 1
            on = set(stack)
            for label, frames in PARTS:
                if on.intersection(frames):
                    parts[label] += 1
            top[stack[0]] += 1
    print(f"{total} samples in {len(sys.argv) - 1} recording(s)")
    for label, _ in PARTS:
        print(f"{label:45s} {100 * parts[label] / total:5.1f} %")
    print("innermost frames:")
    for frame, n in top.most_common(8):
        print(f"{100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
