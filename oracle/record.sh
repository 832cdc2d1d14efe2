#!/usr/bin/env bash
# record.sh [-s] [SCENARIO...]
#
# Records the real Docker daemon's normalised transcript of each SCENARIO (default: every
# scenarios/*.sh) into transcripts/SCENARIO.txt.  These files are what berth-it's
# OracleTranscriptTest compares berth with.
#
#   -s   stability check: run every scenario twice and do not record it when the two normalised
#        transcripts differ (use dsort/sh_dsort/tick in the scenario to fix that)
#
#   A scenario whose header says `# daemon: fresh` gets a restarted daemon before each run (the
#   daemon's default IPAM hands out its predefined pools in turn for its lifetime; berth-it plays
#   every scenario on a fresh store). Such a scenario removes the networks it makes.
#
#   RECORD_DOCKER_HOST  an already running private daemon to use (it is wiped between scenarios!);
#                       default: start one with start-dockerd.sh in a temp dir and stop it at the end
#
# Exit status: 0 when every scenario was recorded.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STABLE=0
while getopts "s" opt; do
  case $opt in
    s) STABLE=1 ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] && set -- $(cd "$HERE/scenarios" && ls *.sh | sed 's/\.sh$//' | LC_ALL=C sort)

DAEMON_DIR=
if [ -n "${RECORD_DOCKER_HOST:-}" ]; then
  export DOCKER_HOST=$RECORD_DOCKER_HOST
else
  DAEMON_DIR=$(mktemp -d /tmp/oracle-record.XXXXXX)
  out=$("$HERE/start-dockerd.sh" "$DAEMON_DIR") || { echo "could not start dockerd" >&2; exit 2; }
  export "${out?}"
  trap 'kill "$(cat "$DAEMON_DIR/pid")" 2>/dev/null; sleep 2; rm -rf "$DAEMON_DIR"' EXIT
fi

export FIXTURES_DIR=${FIXTURES_DIR:-${TMPDIR:-/tmp}/berth-oracle-fixtures}
mkdir -p "$HERE/transcripts" "$FIXTURES_DIR"
python3 "$HERE/fixtures/make-fixtures.py" "$FIXTURES_DIR" >/dev/null || exit 2
WORK=$(mktemp -d /tmp/oracle-record-work.XXXXXX)

# restart_fresh SCENARIO: restart the private daemon when the scenario asks for a fresh one
restart_fresh() {
  [ -n "$DAEMON_DIR" ] && grep -q '^# daemon: fresh' "$HERE/scenarios/$1.sh" || return 0
  local pid; pid=$(cat "$DAEMON_DIR/pid")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  "$HERE/start-dockerd.sh" "$DAEMON_DIR" >/dev/null
}

ok=0; bad=()
for s in "$@"; do
  s=$(basename "${s%.sh}")
  restart_fresh "$s"
  "$HERE/run-scenario.sh" docker "$s" "$WORK/$s.raw1" && python3 "$HERE/normalize.py" "$WORK/$s.raw1" >"$WORK/$s.n1"
  if [ ! -s "$WORK/$s.n1" ] || grep -q '^### ENGINE RESET FAILED' "$WORK/$s.n1"; then
    echo "FAIL $s (no transcript)"; bad+=("$s"); continue
  fi
  if [ "$STABLE" = 1 ]; then
    restart_fresh "$s"
    "$HERE/run-scenario.sh" docker "$s" "$WORK/$s.raw2" && python3 "$HERE/normalize.py" "$WORK/$s.raw2" >"$WORK/$s.n2"
    if ! diff -u --label "$s (run 1)" --label "$s (run 2)" "$WORK/$s.n1" "$WORK/$s.n2"; then
      echo "UNSTABLE $s (not recorded)"; bad+=("$s"); continue
    fi
  fi
  cp "$WORK/$s.n1" "$HERE/transcripts/$s.txt"
  echo "recorded $s"; ok=$((ok + 1))
done
rm -rf "$WORK"
echo "$ok recorded, ${#bad[@]} not recorded${bad[*]:+: ${bad[*]}}"
[ ${#bad[@]} -eq 0 ]
