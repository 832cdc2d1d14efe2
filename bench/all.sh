#!/usr/bin/env bash
# Every whole-command workload in one run, one after the other, sharing one private dockerd:
# the numbers of one table then come from the same machine state. Each workload still appends
# its own table to bench/results/<date>-<workload>.md; this script also writes them all, in
# order, to bench/results/<date>-all.md. BENCH_WORKLOADS picks a subset.
set -u
here=$(cd "$(dirname "$0")" && pwd)
workloads=${BENCH_WORKLOADS:-cli-floor images-list tag-rmi prune load-save run build}
all="$here/results/$(date -u +%F)-all.md"
{
  echo "## All workloads, $(date -u +'%Y-%m-%d %H:%M UTC'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} >>"$all"
status=0
for w in $workloads; do
  BENCH_KEEP_DOCKERD=1 "$here/$w.sh" >>"$all" || { echo "[bench] $w failed" >&2; status=1; }
done
echo "Finished $(date -u +'%H:%M UTC'), load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$all"
echo >>"$all"
# The last workload left dockerd up: stop it (its PID file is the script's own).
pid=$(cat "${DOCKERD_DIR:-/tmp/bench-dockerd}/pid" 2>/dev/null) && kill "$pid" 2>/dev/null
exit $status
