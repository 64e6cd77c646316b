#!/usr/bin/env python3
"""Runs one command once for Scripts/bench.sh, under /usr/bin/time -v, and
prints: wall seconds (perf_counter around the child, so not rounded to
10 ms like time's own figure), CPU seconds (user + system) and peak RSS in
MB as time -v reports them, and the exit status."""
import re
import subprocess
import sys
import tempfile
import time

with tempfile.NamedTemporaryFile("r", suffix=".time") as log:
    start = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-v", "-o", log.name] + sys.argv[1:],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    report = log.read()
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", report))
sys.stderr.write(process.stderr.decode(errors="replace")[-2000:])
print(f"{wall:.4f} {cpu:.2f} {int(rss.group(1)) / 1024 if rss else 0:.1f} {process.returncode}")
