#!/usr/bin/env bash
# run-scenario.sh ENGINE SCENARIO [OUTFILE]
#
#   ENGINE   docker : the real docker CLI against the real daemon at $DOCKER_HOST
#            api    : the real docker CLI against our engine's socket at $DOCKER_HOST
#            cli    : our own CLI, command given by $BERTH (may contain arguments,
#                     e.g. BERTH="java -jar /path/berth.jar")
#   SCENARIO a file path, or a name under scenarios/ (with or without .sh)
#   OUTFILE  raw transcript (default: stdout).  Normalise it with normalize.py.
#
# Environment:
#   DOCKER_BIN       docker CLI used for docker/api (default /usr/local/bin/docker)
#   ENGINE_RESET     optional shell command that gives a fresh, EMPTY engine (e.g.
#                    restart berth on a new root).  Default: generic cleanup through
#                    the engine's own commands (rm -f all containers, rmi -f all
#                    images, volume rm), then verification that it is empty.
#   ENGINE_RESET_VERIFY=0  skip that verification (ENGINE_RESET makes a new store)
#   CMD_TIMEOUT      per-command timeout in seconds (default 120)
#   KEEP_TMP=1       keep the scenario's temp dir
#   LINT=1           (docker engine) warn on stderr when two images created by the
#                    scenario share a creation second (unstable `images` order)
#
# A scenario is a bash file that uses these helpers:
#   d ARGS...        run the engine with ARGS; logs the command line, stdout, stderr
#                    and "[exit N]" to the transcript
#   dsort ARGS...    like d, but marks the record so that normalize.py sorts its
#                    stdout lines (table rows) after normalisation; for outputs whose
#                    order is not deterministic in Docker itself (multi-image prune...)
#   sh_dsort 'SNIPPET'  the same for sh_d
#   q ARGS...        run the engine quietly, print its stdout (for $(...)); not logged
#   sh_d 'SNIPPET'   run a shell snippet (function `engine` = the engine CLI) and log it
#   note TEXT        add "# TEXT" to the transcript
#   mkctx NAME       create build context $TMP/NAME with Dockerfile read from stdin;
#                    prints the directory
#   ctxfile NAME PATH CONTENT   add a file to a build context
#   tick             sleep >1s so that the next image gets a different Created second
#   fixture NAME     `d load -i $FIX/NAME.tar`
#   mklayer NAME TEXT   write $TMP/NAME.tar, a deterministic one-file layer holding /data =
#                    TEXT + newline (layer size len(TEXT)+1); use it with `d import $TMP/NAME.tar REF`
#   http_serve DIR PORT   serve DIR over HTTP on 127.0.0.1:PORT (python3 http.server) until the
#                    scenario ends; PORT is fixed per scenario because URLs show in the output
#   mktar FILE NAME=CONTENT...   write FILE, a tar as Go's tar.Writer writes it (ustar, mode 0644)
#   api METHOD PATH [BODY]   a raw Engine API request (curl over the engine's unix socket) to
#                    /v1.41PATH (PATH may carry a query); BODY is sent as application/json.
#                    Logs "$ api METHOD PATH BODY", the response body ("| " lines; bytes that are
#                    not printable show as \xNN) and "[status NNN]". Engine cli: the first call
#                    starts `$BERTH serve` on the same store (stopped when the scenario ends).
#                    Variables: API_CT=TYPE sends BODY with that Content-Type instead (API_CT=
#                    sends none; API_CT=TYPE without a BODY sends the header alone), API_FILE=PATH sends that file as the body, API_HEADERS="Name ..."
#                    also logs those response headers ("> Name: value"; "Name?" logs only whether
#                    it is set: the Server header names the engine), API_VERSION=v1.24 (or
#                    empty: no version prefix) replaces v1.41 in the URL, API_OUT=FILE saves the
#                    body to FILE instead of logging it (e.g. a tar), API_CHUNKED=1 sends the body
#                    with chunked transfer encoding.
#   apij METHOD PATH [BODY] -- EXPR   like api, but logs the Python expression EXPR evaluated
#                    with j = the parsed JSON body (as compact JSON; strings printed plainly)
#   apiq METHOD PATH [BODY] [-- EXPR]   the same request, not logged: prints the body (or EXPR)
#                    for $(...), e.g. id=$(apiq POST /containers/c/exec '{"Cmd":["true"]}' -- 'j["Id"]')
#   apih METHOD PATH [INPUT [SECONDS]]   a hijacked request (Upgrade: tcp, as docker's attach and
#                    exec start): writes INPUT on the connection, logs what the engine sends within
#                    SECONDS (default 1) as api does, and "[status NNN]" (oracle/api-hijack.py)
#   api_sock         prints the API socket path (engine cli: starts berth serve), for requests the
#                    helpers cannot make (e.g. a hijacked stream held open in the background)
# Scenario header lines:
#   # fixtures: busybox family ...   fixtures loaded (logged) before the test; default
#                                    "busybox"; "none" for an empty engine
#   # store: disk                    (berth-it only) keep berth's store on disk, not tmpfs: the
#                                    output shows file-system details (directory sizes in ls -l)
# Variables: $TMP (scenario temp dir), $FIX (fixture dir), $FIX_BUSYBOX_ID, ...
set -u
# A run started in the background inherits SIGINT and SIGQUIT ignored, which bash cannot undo and
# every process of the scenario would inherit: the scenarios that send those signals need them at
# their defaults, as in a terminal.
ignored=$(awk '/^SigIgn:/ {print $2}' /proc/$$/status 2>/dev/null)
if [ -n "$ignored" ] && (( 0x$ignored & 0x6 )) && [ -z "${SCENARIO_SIGNALS_RESET:-}" ]; then
  export SCENARIO_SIGNALS_RESET=1
  exec python3 -c 'import os, signal, sys
for s in (signal.SIGINT, signal.SIGQUIT):
    signal.signal(s, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' bash "$0" "$@"
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ENGINE=${1:?usage: run-scenario.sh docker|api|cli SCENARIO [OUTFILE]}
SCEN=${2:?usage: run-scenario.sh docker|api|cli SCENARIO [OUTFILE]}
OUTFILE=${3:-/dev/stdout}

case "$SCEN" in
  */*) SCEN_FILE=$SCEN ;;
  *) SCEN_FILE=$HERE/scenarios/${SCEN%.sh}.sh ;;
esac
[ -f "$SCEN_FILE" ] || { echo "no such scenario: $SCEN_FILE" >&2; exit 2; }
SCEN_NAME=$(basename "$SCEN_FILE" .sh)

DOCKER_BIN=${DOCKER_BIN:-/usr/local/bin/docker}
case "$ENGINE" in
  docker|api)
    [ -n "${DOCKER_HOST:-}" ] || { echo "DOCKER_HOST must be set for engine '$ENGINE'" >&2; exit 2; }
    ENGINE_CMD_STR=$DOCKER_BIN ;;
  cli)
    [ -n "${BERTH:-}" ] || { echo "BERTH must be set for engine 'cli'" >&2; exit 2; }
    ENGINE_CMD_STR=$BERTH ;;
  *) echo "unknown engine '$ENGINE' (docker|api|cli)" >&2; exit 2 ;;
esac
export ENGINE_CMD_STR

# ---- fixtures --------------------------------------------------------------
FIX=${FIXTURES_DIR:-${TMPDIR:-/tmp}/berth-oracle-fixtures}
mkdir -p "$FIX"
if [ ! -f "$FIX/fixtures.env" ] || [ "$HERE/fixtures/make-fixtures.py" -nt "$FIX/fixtures.env" ]; then
  (
    flock 9
    if [ ! -f "$FIX/fixtures.env" ] || [ "$HERE/fixtures/make-fixtures.py" -nt "$FIX/fixtures.env" ]; then
      python3 "$HERE/fixtures/make-fixtures.py" "$FIX" >&2 || exit 1
    fi
  ) 9>"$FIX/.lock" || { echo "fixture generation failed" >&2; exit 2; }
fi
# shellcheck disable=SC1091
. "$FIX/fixtures.env"
export FIX

# ---- environment -------------------------------------------------------------
WORKROOT=${ACCEPTANCE_TMP:-/tmp}
TMP=$(mktemp -d "$WORKROOT/acc-$SCEN_NAME.XXXXXX")
export TMP
mkdir -p "$TMP/.dockercfg"
export DOCKER_CONFIG=$TMP/.dockercfg
export DOCKER_BUILDKIT=0
export DOCKER_CLI_HINTS=false
unset DOCKER_CONTEXT DOCKER_CLI_EXPERIMENTAL DOCKER_DEFAULT_PLATFORM 2>/dev/null
export LC_ALL=C TZ=UTC
CMD_TIMEOUT=${CMD_TIMEOUT:-120}

TRANSCRIPT=$TMP/.transcript
: >"$TRANSCRIPT"

cleanup_tmp() {
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi
}

# ---- transcript helpers --------------------------------------------------------
_quote() { # print args shell-style, readable, with $TMP/$FIX abbreviated
  local out="" a
  for a in "$@"; do
    a=${a//$TMP/\$TMP}
    a=${a//$FIX/\$FIX}
    if [ -z "$a" ]; then a="''"
    elif [[ ! "$a" =~ ^[][A-Za-z0-9_@%+=:,./{}\$-]+$ ]]; then a="'${a//\'/\'\\\'\'}'"
    fi
    out+=" $a"
  done
  printf '%s' "${out# }"
}

_sed_re() { printf '%s' "$1" | sed 's/[][\\.*^$|/]/\\&/g'; }

_emit() { # _emit STDOUTFILE STDERRFILE RC [LAST]  ($TMP and $FIX paths are abbreviated; LAST
           # replaces the closing "[exit RC]" line)
  local o=$1 e=$2 rc=$3 subst
  subst="s|$(_sed_re "$TMP")|\$TMP|g; s|$(_sed_re "$FIX")|\$FIX|g"
  if [ -s "$o" ]; then
    sed "$subst; s/^/| /" "$o" >>"$TRANSCRIPT"
    [ -n "$(tail -c1 "$o" | tr -d '\0')" ] && printf '\n%% no newline at end of stdout\n' >>"$TRANSCRIPT"
  fi
  if [ -s "$e" ]; then
    sed "$subst; s/^/! /" "$e" >>"$TRANSCRIPT"
    [ -n "$(tail -c1 "$e" | tr -d '\0')" ] && printf '\n%% no newline at end of stderr\n' >>"$TRANSCRIPT"
  fi
  printf '%s\n' "${4:-[exit $rc]}" >>"$TRANSCRIPT"
}

note() { printf '# %s\n' "$*" >>"$TRANSCRIPT"; }

_run_engine() { # stdout/stderr handled by caller
  # shellcheck disable=SC2086
  timeout -k 5 "$CMD_TIMEOUT" $ENGINE_CMD_STR "$@"
}

d() {
  local o=$TMP/.o e=$TMP/.e rc
  printf '$ docker %s\n' "$(_quote "$@")" >>"$TRANSCRIPT"
  _run_engine "$@" >"$o" 2>"$e"; rc=$?
  _emit "$o" "$e" "$rc"
  return 0
}

dsort() { # sorting happens in normalize.py, after normalisation
  local o=$TMP/.o e=$TMP/.e rc
  printf '$ docker %s  # stdout sorted\n' "$(_quote "$@")" >>"$TRANSCRIPT"
  _run_engine "$@" >"$o" 2>"$e"; rc=$?
  _emit "$o" "$e" "$rc"
  return 0
}

q() { _run_engine "$@" 2>/dev/null; }

engine() {
  # shellcheck disable=SC2086
  $ENGINE_CMD_STR "$@"
}
export -f engine

sh_d() {
  local o=$TMP/.o e=$TMP/.e rc
  local snippet="$1"
  local shown=${snippet//$TMP/\$TMP}
  shown=${shown//$FIX/\$FIX}
  printf '$ sh: %s\n' "$shown" >>"$TRANSCRIPT"
  (cd "$TMP" && timeout -k 5 "$CMD_TIMEOUT" bash -c "set -o pipefail; $snippet") >"$o" 2>"$e" </dev/null; rc=$?
  _emit "$o" "$e" "$rc"
  return 0
}

sh_dsort() {
  local o=$TMP/.o e=$TMP/.e rc
  local snippet="$1"
  local shown=${snippet//$TMP/\$TMP}
  shown=${shown//$FIX/\$FIX}
  printf '$ sh: %s  # stdout sorted\n' "$shown" >>"$TRANSCRIPT"
  (cd "$TMP" && timeout -k 5 "$CMD_TIMEOUT" bash -c "set -o pipefail; $snippet") >"$o" 2>"$e" </dev/null; rc=$?
  _emit "$o" "$e" "$rc"
  return 0
}

mkctx() {
  local dir=$TMP/$1
  mkdir -p "$dir"
  cat >"$dir/Dockerfile"
  printf '%s\n' "$dir"
}

ctxfile() {
  local dir=$TMP/$1
  mkdir -p "$(dirname "$dir/$2")"
  printf '%s' "$3" >"$dir/$2"
}

tick() { sleep 1.1; }

fixture() { d load -i "$FIX/$1.tar"; }

http_serve() {
  (cd "$1" && exec python3 -m http.server --bind 127.0.0.1 "$2" >/dev/null 2>&1) &
  printf '%s\n' "$!" >>"$TMP/.http.pids"
  local i
  for i in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null && break
    sleep 0.1
  done
}

mktar() {
  python3 - "$@" <<'PY'
import io, sys, tarfile
with tarfile.open(sys.argv[1], "w", format=tarfile.USTAR_FORMAT) as t:
    for arg in sys.argv[2:]:
        name, data = arg.split("=", 1)
        data = data.encode()
        i = tarfile.TarInfo(name); i.size = len(data); i.mode = 0o644
        t.addfile(i, io.BytesIO(data))
PY
}

mklayer() {
  local dir=$TMP/.layer-$1
  mkdir -p "$dir"
  printf '%s\n' "$2" >"$dir/data"
  tar -C "$dir" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$TMP/$1.tar" data
  rm -rf "$dir"
}

# ---- raw Engine API ------------------------------------------------------------
_api_socket() { # prints the engine's API socket path; engine cli: starts `$BERTH serve` once
  if [ "$ENGINE" != cli ]; then
    printf '%s' "${DOCKER_HOST#unix://}"
    return 0
  fi
  if [ ! -f "$TMP/.api.sock" ]; then
    local dir sock pid i
    dir=$(mktemp -d /tmp/berth-api.XXXXXX)   # short: unix socket paths are limited to 108 bytes
    sock=$dir/api.sock
    # shellcheck disable=SC2086
    BERTH_NO_REBUILD=1 $ENGINE_CMD_STR serve --host "unix://$sock" >"$TMP/.api.log" 2>&1 </dev/null &
    pid=$!
    printf '%s\n' "$pid" >"$TMP/.api.pid"
    printf '%s\n' "$dir" >"$TMP/.api.dir"
    for i in $(seq 1200); do
      curl -sf -m 2 --unix-socket "$sock" http://localhost/_ping >/dev/null 2>&1 && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    printf '%s' "$sock" >"$TMP/.api.sock"
  fi
  cat "$TMP/.api.sock"
}

api_sock() { _api_socket; }

_api_stop() { # stops the `berth serve` that _api_socket started (engine cli)
  [ -f "$TMP/.api.pid" ] || return 0
  local pid i
  pid=$(cat "$TMP/.api.pid")
  kill -TERM "$pid" 2>/dev/null
  for i in $(seq 600); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null
  rm -rf "$(cat "$TMP/.api.dir")"
  rm -f "$TMP/.api.pid" "$TMP/.api.dir" "$TMP/.api.sock"
}

_api_req() { # _api_req METHOD PATH [BODY]: response body in $TMP/.o, curl's stderr in $TMP/.e,
             # headers in $TMP/.h; prints the status code
  local sock args
  sock=$(_api_socket)
  args=(-sS -m "$CMD_TIMEOUT" --unix-socket "$sock" -X "$1" -D "$TMP/.h" -o "$TMP/.o" -w '%{http_code}')
  if [ -n "${API_FILE:-}" ]; then
    args+=(--data-binary "@$API_FILE")
  elif [ $# -ge 3 ]; then
    args+=(--data-binary "$3")
  fi
  [ -n "${API_CHUNKED:-}" ] && args+=(-H "Transfer-Encoding: chunked")
  if [ -n "${API_FILE:-}" ] || [ $# -ge 3 ] || [ -n "${API_CT:-}" ]; then
    if [ -n "${API_CT-application/json}" ]; then
      args+=(-H "Content-Type: ${API_CT-application/json}")
    else
      args+=(-H "Content-Type:")
    fi
  fi
  : >"$TMP/.o"; : >"$TMP/.h"
  local url=http://localhost
  [ -n "${API_VERSION-v1.41}" ] && url+=/${API_VERSION-v1.41}
  curl "${args[@]}" "$url$2" 2>"$TMP/.e"
}

_api_shown() { # the logged command: the API_* variables that are set, then the arguments
  local v shown=""
  for v in API_CT API_FILE API_HEADERS API_VERSION API_OUT API_CHUNKED; do
    [ -n "${!v+x}" ] && shown+="$v=$(_quote "${!v}") "
  done
  shown+="$*"
  shown=${shown//$TMP/\$TMP}
  printf '%s' "${shown//$FIX/\$FIX}"
}

_api_printable() { # stdin -> stdout: bytes that are not printable (but tab, newline) as \xNN
  python3 -c '
import sys
b = sys.stdin.buffer.read()
t = b.decode("utf-8", "backslashreplace")
sys.stdout.write("".join(c if c in "\t\n" or (c >= " " and c != "\x7f") else "\\x%02x" % ord(c) for c in t))'
}

_api_headers() { # logs the response headers named in $API_HEADERS ("Name?": only whether it is set)
  local h
  for h in ${API_HEADERS:-}; do
    case "$h" in
      *\?) if tr -d '\r' <"$TMP/.h" | grep -qi "^${h%\?}: *[^ ]"; then echo "> ${h%\?}: (set)"; else echo "> ${h%\?}: (not set)"; fi ;;
      *) tr -d '\r' <"$TMP/.h" | grep -i "^$h:" | sed 's/^/> /' ;;
    esac >>"$TRANSCRIPT"
  done
}

api() {
  local status
  printf '$ api %s\n' "$(_api_shown "$@")" >>"$TRANSCRIPT"
  status=$(_api_req "$@")
  if [ -n "${API_OUT:-}" ]; then
    cp "$TMP/.o" "$API_OUT"
    : >"$TMP/.o"
  fi
  _api_printable <"$TMP/.o" >"$TMP/.op"
  _api_headers
  _emit "$TMP/.op" "$TMP/.e" "" "[status $status]"
  return 0
}

apij() {
  local args=() status
  printf '$ apij %s\n' "$(_api_shown "$@")" >>"$TRANSCRIPT"
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
  shift
  status=$(_api_req "${args[@]}")
  _api_select "$TMP/.o" "$*" >"$TMP/.op" 2>>"$TMP/.e"
  _api_headers
  _emit "$TMP/.op" "$TMP/.e" "" "[status $status]"
  return 0
}

apih() {
  local status sock
  printf '$ apih %s\n' "$(_api_shown "$@")" >>"$TRANSCRIPT"
  sock=$(_api_socket)
  : >"$TMP/.st"
  timeout -k 5 "$CMD_TIMEOUT" python3 "$HERE/api-hijack.py" "$sock" "$1" "/${API_VERSION-v1.41}$2" "${3:-}" "${4:-1}" \
    "$TMP/.st" >"$TMP/.o" 2>"$TMP/.e"
  status=$(cat "$TMP/.st")
  _api_printable <"$TMP/.o" >"$TMP/.op"
  _emit "$TMP/.op" "$TMP/.e" "" "[status ${status:-000}]"
  return 0
}

_api_select() { # _api_select BODYFILE EXPR: EXPR evaluated with j = the parsed JSON body
  python3 -c '
import json, sys
raw = open(sys.argv[1], "rb").read()
try:
    j = json.loads(raw)
except ValueError:
    sys.stdout.write(raw.decode("utf-8", "backslashreplace"))
    sys.exit(0)
r = eval(sys.argv[2], {"j": j})
print(r if isinstance(r, str) else json.dumps(r, separators=(",", ":"), ensure_ascii=False))' "$1" "$2"
}

apiq() {
  local args=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
  _api_req "${args[@]}" >/dev/null
  if [ $# -gt 1 ]; then
    _api_select "$TMP/.o" "$2"
  else
    cat "$TMP/.o"
  fi
}

# ---- engine reset ------------------------------------------------------------
reset_engine() {
  if [ -n "${ENGINE_RESET:-}" ]; then
    bash -c "$ENGINE_RESET" >&2 || return 1
  else
    local ids i
    ids=$(q ps -aq --no-trunc)
    # shellcheck disable=SC2086
    [ -n "$ids" ] && _run_engine rm -f -v $ids >/dev/null 2>&1
    for i in 1 2 3 4 5 6 7 8; do
      ids=$(q images -aq --no-trunc | awk '!seen[$0]++')
      [ -z "$ids" ] && break
      # shellcheck disable=SC2086
      _run_engine rmi -f $ids >/dev/null 2>&1
    done
    ids=$(q volume ls -q)
    # shellcheck disable=SC2086
    [ -n "$ids" ] && _run_engine volume rm -f $ids >/dev/null 2>&1
  fi
  # ENGINE_RESET_VERIFY=0: the reset command gives an empty engine by construction (a fresh store)
  [ "${ENGINE_RESET_VERIFY:-1}" = 0 ] && return 0
  local left
  left="$(q ps -aq)$(q images -aq)$(q volume ls -q)"
  if [ -n "$left" ]; then
    echo "engine not empty after reset: $left" >&2
    return 1
  fi
  return 0
}

lint_ties() {
  q images -a --no-trunc --format '{{.ID}} {{.CreatedAt}}' | sort -u |
    awk -v fix="$(sed -n 's/^FIX_.*_ID=//p' "$FIX/fixtures.env" | tr '\n' ' ')" '
      BEGIN { n = split(fix, f, " "); for (i = 1; i <= n; i++) isfix[f[i]] = 1 }
      !isfix[$1] { t = $2 " " $3; c[t]++; ids[t] = ids[t] " " substr($1, 8, 12) }
      END { for (t in c) if (c[t] > 1) printf "LINT %s: images created in the same second (%s):%s\n", SCEN, t, ids[t] }' SCEN="$SCEN_NAME" >&2
}

# ---- run -----------------------------------------------------------------------
if ! reset_engine; then
  echo "### scenario: $SCEN_NAME" >"$OUTFILE"
  echo "### ENGINE RESET FAILED" >>"$OUTFILE"
  cleanup_tmp
  exit 3
fi

FIXTURES=$(sed -n 's/^# fixtures:[[:space:]]*//p' "$SCEN_FILE" | head -n1)
[ -z "$FIXTURES" ] && FIXTURES=busybox

# FIXTURE_CACHE=DIR (engine cli, with BERTH_STORE = the empty store root that $BERTH uses): the
# setup's fixture loads are played for real once per fixture set, then the store they made and the
# transcript lines they logged are kept in DIR; later scenarios with the same fixtures start from a
# copy of that store and log those lines. The setup is not the test, and a berth `load` costs more
# than a copy. DIR must not outlive the berth build that filled it.
setup_fixtures() {
  local cache="" start t f
  if [ -n "${FIXTURE_CACHE:-}" ] && [ -n "${BERTH_STORE:-}" ] && [ "$ENGINE" = cli ]; then
    cache=$FIXTURE_CACHE/$(printf '%s' "$FIXTURES" | tr ' ' '+')
    if [ -f "$cache/setup.txt" ] && cp -a "$cache/root/." "$BERTH_STORE/"; then
      cat "$cache/setup.txt" >>"$TRANSCRIPT"
      return 0
    fi
  fi
  start=$(wc -c <"$TRANSCRIPT")
  for f in $FIXTURES; do
    [ "$f" = none ] && continue
    fixture "$f"
  done
  # only a setup whose every load succeeded is worth keeping; the first finished copy wins
  if [ -n "$cache" ] && ! tail -c +$((start + 1)) "$TRANSCRIPT" | grep -q '^\[exit [1-9]'; then
    mkdir -p "$FIXTURE_CACHE" && t=$(mktemp -d "$FIXTURE_CACHE/.new.XXXXXX") || return 0
    if cp -a "$BERTH_STORE" "$t/root" && tail -c +$((start + 1)) "$TRANSCRIPT" >"$t/setup.txt"; then
      mv -T "$t" "$cache" 2>/dev/null || rm -rf "$t"
    else
      rm -rf "$t"
    fi
  fi
  return 0
}

printf '### scenario: %s\n### setup\n' "$SCEN_NAME" >>"$TRANSCRIPT"
setup_fixtures
printf '### test\n' >>"$TRANSCRIPT"

# run the scenario in a subshell, in the temp dir, stdin from /dev/null
(
  cd "$TMP" || exit 1
  # shellcheck disable=SC1090
  . "$SCEN_FILE"
) </dev/null
SRC=$?
if [ -f "$TMP/.http.pids" ]; then
  # shellcheck disable=SC2046
  kill $(cat "$TMP/.http.pids") 2>/dev/null
fi
_api_stop
printf '### end (scenario shell exit %s)\n' "$SRC" >>"$TRANSCRIPT"

[ "$ENGINE" = docker ] && [ "${LINT:-0}" = 1 ] && lint_ties

reset_engine >/dev/null 2>&1 || echo "warning: cleanup after $SCEN_NAME incomplete" >&2

cat "$TRANSCRIPT" >"$OUTFILE"
cleanup_tmp
exit 0
