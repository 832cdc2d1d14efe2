# source: integration/container/create_test.go TestCreateFailsWhenIdentifierDoesNotExist (moby v20.10.24)
# fixtures: busybox
# (without --pull never the daemon tries a registry: that answer depends on the network)
d create --network none sha256:0cb40641836c461bc97c793971d84d758371ed682042457523e4ae701efeaaaa
d create --network none --pull never test456:v1
d create --network none --pull never sha256:0cb40641836c461bc97c793971d84d758371ed682042457523e4ae701efeaaaa
d ps -aq
