#!/usr/bin/env bash
# Usage: cineorg-bench/scripts/organize-e2e.sh [WORKDIR] [FILES]   (defaults: /var/tmp/cineorg-organize-e2e, 10000)
# End to end with the real launcher: `cineorg scan` records FILES small movies (one release folder each), then
# `cineorg organize` moves them into a Plex library on the same file system, journaled in the SQLite database. The
# organize time is wall time of the whole command: JVM start, database open, recovery, plan, moves, journal, catalog.
# The file system's own ceiling (mkdir + link + unlink per file, from Python, no journal) is measured right before
# and right after, on the same disk, because a shared disk's speed changes from one minute to the next. Leave two
# minutes between runs: on ext4 without a journal, the previous run's clean-up slows every mkdir for a minute or so.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/var/tmp/cineorg-organize-e2e}"  # on a real disk; made by this script, removed at the end
files="${2:-10000}"
if [ -e "$work" ] && [ ! -f "$work/.cineorg-organize-e2e" ]; then
  echo "organize-e2e: $work exists and was not made by this script; give a new folder" >&2
  exit 2
fi
rm -rf "$work"; mkdir -p "$work/downloads" "$work/home"; touch "$work/.cineorg-organize-e2e"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" CINEORG_LOG_DIR="$work/home/logs"
python3 - "$work/downloads" "$files" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(root, "Movie.Title.%05d.%d.1080p.BluRay.x264-GRP" % (i, 1950 + i % 70))
    os.mkdir(d)
    with open(os.path.join(d, os.path.basename(d) + ".mkv"), "wb") as f:
        f.write(b"\0" * 1024)
PY
ceiling() {  # files/s of mkdir + link + unlink, one new folder per file, on the work disk
  python3 - "$work/$1" "$files" <<'PY'
import os, sys, time, subprocess
root, n = sys.argv[1], int(sys.argv[2])
src, dst = os.path.join(root, "src"), os.path.join(root, "dst")
os.makedirs(src); os.makedirs(dst)
paths = []
for i in range(n):
    d = os.path.join(src, "Movie.%05d.1080p" % i); os.mkdir(d)
    p = os.path.join(d, "%d.mkv" % i)
    with open(p, "wb") as f: f.write(b"\0" * 1024)
    paths.append(p)
subprocess.run(["sync"])
t = time.perf_counter()
for i, p in enumerate(paths):
    d = os.path.join(dst, "Movie %d" % i); os.mkdir(d)
    os.link(p, os.path.join(d, "%d.mkv" % i)); os.unlink(p)
print("%.0f" % (n / (time.perf_counter() - t)))
PY
}
cd "$repo"
db="$work/cineorg.db"
./cineorg --db "$db" --quiet scan "$work/downloads" >/dev/null
sync
before=$(ceiling raw-before)
t0=$(date +%s.%N)
code=0
./cineorg --db "$db" --quiet organize --target "$work/lib" > "$work/organize.out" 2>&1 || code=$?
t1=$(date +%s.%N)
after=$(ceiling raw-after)
moved=$(find "$work/lib" -name '*.mkv' | wc -l)
left=$(find "$work/downloads" -name '*.mkv' | wc -l)
if [ "$code" -ne 0 ] || [ "$moved" -ne "$files" ] || [ "$left" -ne 0 ]; then
  echo "organize-e2e: exit $code, $moved of $files in the library, $left left behind" >&2
  tail -5 "$work/organize.out" >&2
  exit 1
fi
python3 - "$files" "$t0" "$t1" "$before" "$after" <<'PY'
import sys
n, t0, t1, before, after = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
s = t1 - t0
print("cineorg organize (launcher, JVM start included): %d files moved in %.2f s = %.0f files/s; "
      "file system ceiling %.0f before, %.0f after (%.0f%% of their mean)" % (n, s, n / s, before, after,
      100 * n / s / ((before + after) / 2)))
if max(before, after) > 1.5 * min(before, after):
    print("note: the ceiling changed %.1f-fold during the run; the disk was not steady (on ext4 without a journal, a "
          "mass delete in the last minute or two slows every mkdir): wait two minutes and run again"
          % (max(before, after) / min(before, after)))
PY
