# source: integration-cli/docker_api_exec_test.go TestExecStateCleanup (the daemon's state directory is
# internal: what shows is that finished execs, valid or not, leave no exec behind)
# fixtures: busybox
d run -d -t --network none --name exec_cleanup busybox /bin/sh
id=$(apiq POST /containers/exec_cleanup/exec '{"Cmd":["ls"]}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
for i in $(seq 100); do [ "$(apiq GET /exec/$id/json -- 'j["Running"]')" = false ] && break; sleep 0.1; done
apij GET /containers/exec_cleanup/json -- 'j["ExecIDs"]'
id=$(apiq POST /containers/exec_cleanup/exec '{"Cmd":["invalid"]}' -- 'j["Id"]')
api POST /exec/$id/start '{"Detach": true}'
for i in $(seq 100); do [ "$(apiq GET /exec/$id/json -- 'j["Running"]')" = false ] && break; sleep 0.1; done
apij GET /containers/exec_cleanup/json -- 'j["ExecIDs"]'
d stop -t 1 exec_cleanup
apij GET /containers/exec_cleanup/json -- '[j["State"]["Status"], j["ExecIDs"]]'
