# source: integration-cli/docker_api_containers_test.go TestContainerAPIPostCreateNull
# fixtures: busybox
api POST '/containers/create?name=c1' '{"Hostname":"","Domainname":"","Memory":0,"MemorySwap":0,"CpuShares":0,"Cpuset":null,"AttachStdin":true,"AttachStdout":true,"AttachStderr":true,"ExposedPorts":{},"Tty":true,"OpenStdin":true,"StdinOnce":true,"Env":[],"Cmd":"ls","Image":"busybox","Volumes":{},"WorkingDir":"","Entrypoint":null,"NetworkDisabled":false,"OnBuild":null}'
apij GET /containers/c1/json -- '[j["HostConfig"]["CpusetCpus"], j["HostConfig"]["Memory"], j["HostConfig"]["MemorySwap"], j["HostConfig"]["CpuShares"], j["Config"]["Cmd"], j["Config"]["Entrypoint"], j["Config"]["Env"], j["Config"]["OnBuild"]]'
