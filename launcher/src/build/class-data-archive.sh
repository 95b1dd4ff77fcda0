#!/bin/sh
# The distribution's class-data archive, in two layers the script maps together:
# - lib/copydesk-base.jsa, static, of the classes on the class path that real runs load: 'process' in
#   its own JVM (the framework, the launcher) and the client's warm path, a runtime started and then one
#   already up (the client's classes and the JDK's socket classes, which no in-process run loads);
# - lib/copydesk.jsa, dynamic, on top of it: a 'process' run's, which also holds the bundles' classes
#   (loaded by the framework's class loaders, which a class list cannot name).
# Every JVM the script starts (client, warm runtime, a batch's own) so maps its classes instead of
# parsing them (docs/benchmarks.md, launch18). Run by the build (mvn package):
#   class-data-archive.sh JAVA HOME WORK
set -eu
java=$1
home=$2
work=$3
opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m"
# no step may hang the build: each takes seconds
limit="timeout 300"
sample="$home/samples/port-strike.txt"
rm -rf "$work"
mkdir -p "$work/state"
# the runtime's socket folder: under /tmp, as a socket path holds at most 107 bytes and WORK may be deep
run=$(mktemp -d /tmp/copydesk-cds-XXXXXX)
trap 'rm -rf "$run"' EXIT
cd "$home"
# 'process' in its own JVM, ARGS before the class name
process() {
  $limit "$java" $opts "$@" -Dcopydesk.home="$home" -cp "$home/lib/*" org.copydesk.launcher.Main process --format json,markdown \
    --out "$work/out" "$sample"
}
process -XX:DumpLoadedClassList="$work/process.classlist" > "$work/process.log" 2>&1
# the client as bin/copydesk starts it, with a runtime of the build's own (its socket in RUN, its log
# below WORK, gone after a minute if the stop fails); LIST (none if empty) receives the classes it loaded
export XDG_RUNTIME_DIR="$run" XDG_STATE_HOME="$work/state" COPYDESK_DAEMON_IDLE=60s
unset COPYDESK_NO_DAEMON
client() {
  list=$1
  shift
  $limit "$java" $opts ${list:+-XX:DumpLoadedClassList="$list"} -Djava.io.tmpdir="$work" -Dcopydesk.java.opts="$opts" \
    -Dcopydesk.java.opts.batch="-XX:+UseSerialGC -Xss4m" -Dcopydesk.stderr.terminal=false -Dcopydesk.stdout.terminal=false \
    -Dcopydesk.home="$home" -cp "$home/lib/*" org.copydesk.launcher.Client "$@"
}
for step in client-start client-warm; do
  client "$work/$step.classlist" process "$sample" > "$work/$step.log" 2>&1
done
client "" daemon stop >> "$work/client-warm.log" 2>&1
cat "$work"/*.classlist > "$work/all.classlist"
$limit "$java" $opts -Xshare:dump -XX:SharedClassListFile="$work/all.classlist" -XX:SharedArchiveFile="$home/lib/copydesk-base.jsa" \
  -cp "$home/lib/*" > "$work/base.log" 2>&1
rm -rf "$work/out"
process -XX:SharedArchiveFile="$home/lib/copydesk-base.jsa" -XX:ArchiveClassesAtExit="$home/lib/copydesk.jsa" > "$work/top.log" 2>&1
