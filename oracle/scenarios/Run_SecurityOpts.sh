# source: docker CLI 28 / dockerd 20.10 create --security-opt (cli/command/container/opts.go parseSecurityOpts, daemon parseSecurityOpt)
# fixtures: busybox
d create --network none --name nnp --security-opt no-new-privileges busybox
d create --network none --name nnp2 --security-opt no-new-privileges=false --security-opt no-new-privileges:true busybox
d create --network none --name aa --security-opt apparmor=unconfined busybox
d create --network none --name aa2 --security-opt apparmor:my-profile busybox
d create --network none --name lbl --security-opt label=disable --security-opt label:user:USER --security-opt label=level:s0:c100 busybox
d create --network none --name sys --security-opt systempaths=unconfined busybox
d create --network none --name sc --security-opt seccomp=unconfined busybox
d create --network none --name plain busybox
d create --network none --name ipchost --ipc host busybox
d create --network none --name pidlbl --pid host --security-opt label=type:x busybox
for c in nnp nnp2 aa aa2 lbl sys sc plain ipchost pidlbl; do
  d inspect -f '{{.Name}} {{json .HostConfig.SecurityOpt}} apparmor={{json .AppArmorProfile}} {{.ProcessLabel}}|{{.MountLabel}} masked={{len .HostConfig.MaskedPaths}} ro={{len .HostConfig.ReadonlyPaths}}' $c
done
d inspect -f '{{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}}' sys
note 'errors of the CLI and of the daemon'
d create --network none --security-opt seccomp busybox
d create --network none --security-opt foo busybox
d create --network none --security-opt label= busybox
d create --network none --security-opt foo=bar busybox
d create --network none --security-opt no-new-privileges=yes busybox
d create --network none --security-opt writable-cgroups=true busybox
d run --network none --security-opt apparmor busybox true
note 'the options take effect at start'
d run --rm --network none --security-opt systempaths=unconfined busybox sh -c 'mount | grep -c " /proc/sys "; test -r /proc/kcore && echo kcore readable'
d run --rm --network none busybox sh -c 'mount | grep -c " /proc/sys "; grep -c . /proc/kcore'
d run --rm --network none --security-opt apparmor=my-profile --security-opt label=disable busybox echo started
