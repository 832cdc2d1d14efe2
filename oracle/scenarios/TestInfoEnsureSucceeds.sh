# source: integration-cli/docker_cli_info_test.go TestInfoEnsureSucceeds (moby v20.10.24)
# fixtures: busybox
sh_d "engine info >/dev/null; echo exit \$?"
sh_d "engine info 2>/dev/null | grep -E '^ ?(Client|Server|Containers|Images|Server Version|Storage Driver|Logging Driver|Cgroup Driver|Kernel Version|Operating System|OSType|Architecture|CPUs|Total Memory|Name|ID|Docker Root Dir|Debug Mode|Registry|Labels|Experimental|Insecure Registries|Live Restore Enabled):' | sed 's/:.*//' "
d info --format '{{.OSType}} {{.Architecture}} {{.Images}} {{.Containers}}'
d info --format '{{json .Plugins.Volume}}'
