# source: integration/image/commit_test.go TestCommitInheritsEnv
# fixtures: busybox
d create --network none --name c1 busybox
d commit --change 'ENV PATH=/bin' c1 testcommitinheritsenv
d inspect --format '{{json .Config.Env}}' testcommitinheritsenv
d create --network none --name c2 testcommitinheritsenv
d commit --change 'ENV PATH=/usr/bin:$PATH' c2 testcommitinheritsenv
d inspect --format '{{json .Config.Env}}' testcommitinheritsenv
