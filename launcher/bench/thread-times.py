#!/usr/bin/env python3
"""Where a process's threads spend a run, from the kernel's own accounts: samples every thread's
/proc/PID/task/TID/schedstat (time on a CPU, time runnable but waiting for one) until the process
ends or STOPFILE appears, then prints each busy thread's time on a CPU, time waiting for a CPU (the
machine's other load) and how much of the run it wanted a core, and a timeline of cores busy and
wanted per BUCKET seconds. Threads that want less than a core between them in some stretch are
what leaves a core idle there; on a loaded machine 'waiting' shows the load, not the program.
  thread-times.py PID STOPFILE [BUCKET]"""
import collections
import os
import sys
import time

pid, stopfile = sys.argv[1], sys.argv[2]
bucket = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5


def snapshot():
    threads = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            name = open(f'/proc/{pid}/task/{tid}/comm').read().strip()
            on_cpu, waiting, _ = open(f'/proc/{pid}/task/{tid}/schedstat').read().split()
        except OSError:
            continue  # the thread ended meanwhile
        threads[tid] = (name, int(on_cpu) / 1e9, int(waiting) / 1e9)
    return threads


samples = []
while not os.path.exists(stopfile):
    try:
        samples.append((time.time(), snapshot()))
    except OSError:
        break  # the process ended
    time.sleep(0.02)
if len(samples) < 2:
    sys.exit('thread-times: the run was too short to sample')
wall = samples[-1][0] - samples[0][0]
first, last = samples[0][1], samples[-1][1]
rows = sorted(((c - first.get(t, (n, 0, 0))[1], w - first.get(t, (n, 0, 0))[2], n, t) for t, (n, c, w) in last.items()),
              reverse=True)
on_cpu = sum(r[0] for r in rows)
waiting = sum(r[1] for r in rows)
print(f'{wall:.2f} s sampled: {on_cpu:.2f} s on a CPU ({on_cpu / wall:.2f} cores busy), {waiting:.2f} s waiting for one; '
      f'cores wanted {(on_cpu + waiting) / wall:.2f}')
for c, w, name, tid in rows:
    if c + w >= 0.05:
        print(f'  {name:16} {tid:>7}  on a CPU {c:6.2f} s, waiting {w:6.2f} s, wanted a core {(c + w) / wall:4.0%} of the time')
print(f'per {bucket} s: cores busy / wanted, then each thread wanting a tenth of a core or more')
stretches = collections.defaultdict(lambda: [0.0, 0.0, collections.Counter()])
for (t0, a), (_, b) in zip(samples, samples[1:]):
    s = stretches[int((t0 - samples[0][0]) / bucket)]
    for tid, (name, c, w) in b.items():
        if tid in a:
            s[0] += c - a[tid][1]
            s[1] += (c - a[tid][1]) + (w - a[tid][2])
            s[2][f'{name}/{tid}'] += (c - a[tid][1]) + (w - a[tid][2])
for k in sorted(stretches):
    c, wanted, per = stretches[k]
    print(f'  {k * bucket:6.1f} {c / bucket:4.2f} / {wanted / bucket:4.2f}  '
          + ' '.join(f'{t}={v / bucket:.2f}' for t, v in sorted(per.items()) if v / bucket >= 0.1))
