#!/usr/bin/env bash
# check.sh [-a] SCENARIO...
#
# Plays each SCENARIO on berth and compares the normalised transcript with the committed one
# (transcripts/SCENARIO.txt), without any Docker daemon. Prints "MATCH NAME" or "DIFF NAME" and a
# unified diff (docker's lines "-", berth's "+"). Exit status 1 when any scenario differs.
#   (default)  berth's own CLI (bin/berth of this checkout), a fresh store per scenario
#   -a         API mode: the real docker CLI ($DOCKER_BIN, default /usr/local/bin/docker) against
#              `bin/berth serve` on a fresh store
# Stores live on /dev/shm unless the scenario's header says "# store: disk" (as in berth-it).
# Environment: FIXTURES_DIR (default /tmp/berth-oracle-fixtures), DIFFLINES (default 60).
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
API=0
[ "${1:-}" = -a ] && { API=1; shift; }
[ $# -gt 0 ] || { sed -n '2,12p' "$0"; exit 2; }
export FIXTURES_DIR=${FIXTURES_DIR:-/tmp/berth-oracle-fixtures}
[ -f "$FIXTURES_DIR/fixtures.env" ] || python3 "$HERE/fixtures/make-fixtures.py" "$FIXTURES_DIR" >/dev/null || exit 2
DOCKER_BIN=${DOCKER_BIN:-/usr/local/bin/docker}
B="$REPO/bin/berth"
status=0
for name in "$@"; do
  base=/dev/shm
  { [ -w /dev/shm ] && ! grep -q '^# store: disk' "$HERE/scenarios/$name.sh" 2>/dev/null; } || base=${TMPDIR:-/tmp}
  w=$(mktemp -d "$base/berth-check.XXXXXX"); rr=$(mktemp -d /tmp/berth-check-run.XXXXXX)
  if [ $API = 1 ]; then
    sock=$rr/api.sock
    BERTH_NO_REBUILD=1 "$B" --root "$w/root" --runroot "$rr" serve --host "unix://$sock" >"$w/serve.log" 2>&1 &
    spid=$!
    for _ in $(seq 300); do
      DOCKER_HOST=unix://$sock "$DOCKER_BIN" version >/dev/null 2>&1 && break
      sleep 0.05
    done
    DOCKER_HOST=unix://$sock DOCKER_BIN=$DOCKER_BIN ENGINE_RESET=true ENGINE_RESET_VERIFY=0 CMD_TIMEOUT=60 \
      ACCEPTANCE_TMP=/tmp bash "$HERE/run-scenario.sh" api "$name" "$w/raw" </dev/null
    python3 "$HERE/normalize.py" "$w/raw" >"$w/norm"
    ids=$(DOCKER_HOST=unix://$sock "$DOCKER_BIN" ps -aq 2>/dev/null)
    [ -z "$ids" ] || DOCKER_HOST=unix://$sock "$DOCKER_BIN" rm -f $ids >/dev/null 2>&1
    kill -TERM $spid; wait $spid 2>/dev/null
  else
    engine="$B --root $w/root --runroot $rr"
    stop="if [ -n \"\$(ls -A $w/root/containers 2>/dev/null)\" ]; then ids=\$($engine ps -aq 2>/dev/null); [ -z \"\$ids\" ] || $engine rm -f \$ids >/dev/null 2>&1; fi; "
    BERTH="$engine" BERTH_NO_REBUILD=1 ENGINE_RESET="$stop rm -rf $w/root && mkdir -p $w/root" ENGINE_RESET_VERIFY=0 \
      CMD_TIMEOUT=60 ACCEPTANCE_TMP=/tmp bash "$HERE/run-scenario.sh" cli "$name" "$w/raw" </dev/null
    python3 "$HERE/normalize.py" --prog berth "$w/raw" >"$w/norm"
    bash -c "$stop true"
  fi
  if diff -u "$HERE/transcripts/$name.txt" "$w/norm" >"$w/diff"; then
    echo "MATCH $name"
  else
    echo "DIFF $name"; head -"${DIFFLINES:-60}" "$w/diff"; status=1
  fi
  rm -rf "$w" "$rr"
done
exit $status
