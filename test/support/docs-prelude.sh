# Sourced at the start of each docs page's script (test/support/docs.ts): start a server in its
# own process group on a free port and wait until it says it is ready; stop every server with
# SIGINT and require exit code 0.
set -euo pipefail
set -m
servers=()
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
start_server() {
  local log; log=$(mktemp)
  PORT=$(free_port) PLACEGRAPH_SUBGRAPH_BASE_PORT=$(free_port) bash -c "$1" > "$log" 2>&1 &
  local pid=$!
  servers+=("$pid")
  echo "started in the background (pid $pid): $1"
  for _ in $(seq 1 480); do
    if grep -qE 'Stop it with Ctrl-C|is serving http' "$log"; then cat "$log"; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "it exited before it was ready:"; cat "$log"; return 1; fi
    sleep 0.5
  done
  echo "not ready after 240 s:"; cat "$log"; return 1
}
# Ctrl-C for a server started through npm: SIGINT to its first node process (tsx, which hands it
# to the program), not to npm, which would answer any SIGINT of its own with exit code 130.
stop_servers() {
  local pid p status=0
  for pid in "${servers[@]}"; do
    for p in $(pgrep -g "$pid" || true); do
      if [ "$(ps -o comm= -p "$p" 2>/dev/null)" = node ] && [ "$(ps -o comm= -p "$(ps -o ppid= -p "$p" | tr -d ' ')" 2>/dev/null)" != node ]; then
        kill -INT "$p" 2>/dev/null || true
      fi
    done
    if wait "$pid"; then echo "stopped $pid"; else status=$?; echo "server $pid exited with $status after Ctrl-C"; fi
  done
  servers=()
  return $status
}
trap 'for pid in "${servers[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done' EXIT
