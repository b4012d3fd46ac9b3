#!/usr/bin/env bash
# Usage: cineorg-bench/scripts/api-e2e.sh [WORKDIR]   (needs wrk and curl)
# End to end: the real launcher scans, identifies (offline) and organizes (hardlink) 10,000 files into a real SQLite
# database, then `cineorg serve` answers GET /api/v1/media/{id} under wrk.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-/var/tmp/cineorg-api-e2e}"  # on a real disk; made by this script, removed at the end
if [ -e "$work" ] && [ ! -f "$work/.cineorg-api-e2e" ]; then
  echo "api-e2e: $work exists and was not made by this script; give a new folder" >&2
  exit 2
fi
rm -rf "$work"; mkdir -p "$work/downloads" "$work/lib" "$work/home"; touch "$work/.cineorg-api-e2e"
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" CINEORG_LOG_DIR="$work/home/logs"
cd "$work/downloads"
python3 - <<'PY'
import os
for i in range(10000):
    if i % 3 == 0:
        d = "Show.%d.S%02d.1080p.WEB-DL.x264-GRP" % (i // 100, 1 + i % 9)
        name = "Show.%d.S%02dE%02d.1080p.WEB-DL.x264-GRP.mkv" % (i // 100, 1 + i % 9, 1 + i % 20 + (i // 9) % 5 * 20)
    else:
        d = "Movie.Title.%d.%d.1080p.BluRay.x264-GRP" % (i, 1950 + i % 70)
        name = d + ".mkv"
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.truncate(400 * 1024 * 1024)
    if i % 2 == 0:
        open(os.path.join(d, name[:-4] + ".en.srt"), "w").write("1\n00:00:01,000 --> 00:00:02,000\nhi\n")
PY
cd "$repo"
db="$work/cineorg.db"
/usr/bin/time -f "scan %e s" ./cineorg --db "$db" --quiet scan "$work/downloads" >/dev/null || echo "scan exit $?"
/usr/bin/time -f "identify %e s" ./cineorg --db "$db" --quiet identify --offline >/dev/null || echo "identify exit $?"
/usr/bin/time -f "organize %e s" ./cineorg --db "$db" --quiet organize --target "$work/lib" --mode hardlink >/dev/null || echo "organize exit $?"
export CINEORG_API_KEY=e2e-bench-key-0123456789abcdef
./cineorg --db "$db" serve --port 18642 > "$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18642/api/v1/health >/dev/null && break; sleep 0.2; done
jpid=$(pgrep -P $pid java || echo $pid)
max=$(curl -s -H "X-Api-Key: $CINEORG_API_KEY" "http://127.0.0.1:18642/api/v1/media?limit=1&offset=9999" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
echo "ids 1..$max; sample detail:"
curl -s -H "X-Api-Key: $CINEORG_API_KEY" "http://127.0.0.1:18642/api/v1/media/$((max / 2))" | head -c 900; echo
cat > "$work/get.lua" <<LUA
math.randomseed(7)
wrk.headers["X-Api-Key"] = "$CINEORG_API_KEY"
request = function() return wrk.format("GET", "/api/v1/media/" .. math.random(1, $max)) end
LUA
wrk -t2 -c50 -d30s -s "$work/get.lua" http://127.0.0.1:18642 >/dev/null
t0=$(awk '{print $14+$15}' /proc/$jpid/stat)
wrk -t2 -c50 -d10s --latency -s "$work/get.lua" http://127.0.0.1:18642 | tee "$work/wrk.txt" | grep -E "Latency|99%|Requests/sec|requests in|Non-2xx"
t1=$(awk '{print $14+$15}' /proc/$jpid/stat)
req=$(grep -o '[0-9]* requests in' "$work/wrk.txt" | awk '{print $1}')
echo "server CPU $(( (t1 - t0) * 10000000 / req )) ns/request ($(( t1 - t0 )) ticks for $req requests)"
kill -TERM $pid; wait $pid || true
tail -2 "$work/serve.log"
rm -rf "$work"
