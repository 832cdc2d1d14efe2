# source: integration-cli/docker_api_attach_test.go TestPostContainersAttach
# (apih: a hijacked attach that writes its input, then shows what comes back within a second)
# fixtures: busybox
d run -di --network none --name a1 busybox cat
apih POST '/containers/a1/attach?stream=1&stdin=1&stdout=1' success
apih POST '/containers/a1/attach?stream=1&stdin=1&stderr=1' t
d run -di --network none --name a2 busybox /bin/sh -c 'cat >&2'
apih POST '/containers/a2/attach?stream=1&stdin=1&stderr=1' success
apih POST '/containers/a2/attach?stream=1&stdin=1&stdout=1' t
note with a terminal
d run -dit --network none --name a3 busybox /bin/sh -c 'cat >&2'
apih POST '/containers/a3/attach?stream=1&stdin=1&stdout=1' success
apih POST '/containers/a3/attach?stream=1&stdin=1&stderr=1' t
note the logs only with logs=1
d run -di --network none --name a4 busybox /bin/sh -c 'echo hello; cat'
apih POST '/containers/a4/attach?stream=1&stdin=1&stdout=1&stderr=1' success
apih POST '/containers/a4/attach?logs=1&stream=1&stdin=1&stdout=1&stderr=1' success
