# source: integration-cli/docker_api_exec_resize_test.go TestExecResizeImmediatelyAfterExecStart
# (sequential here: a resize right after a hijacked, attached exec start waits for the exec to run)
# fixtures: busybox
d run -d -i -t --network none --name exec_resize_test --restart always busybox /bin/sh
sock=$(api_sock)
for i in 1 2 3; do
  id=$(apiq POST /containers/exec_resize_test/exec '{"AttachStdin":true,"Cmd":["/bin/sh"]}' -- 'j["Id"]')
  curl -sS -m 20 --unix-socket "$sock" -X POST -H 'Content-Type: application/json' --data-binary '{"Tty":true}' \
    http://localhost/v1.41/exec/$id/start >/dev/null 2>&1 &
  api POST "/exec/$id/resize?h=24&w=80"
  kill $! 2>/dev/null; wait $! 2>/dev/null
done
api GET /_ping
