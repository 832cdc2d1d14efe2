# source: integration/container/create_test.go TestCreateWithInvalidHealthcheckParams (moby v20.10.24)
# fixtures: busybox
d create --network none --health-interval 1ns busybox
d create --network none --health-interval -1s busybox
d create --network none --health-timeout 100us busybox
d create --network none --health-timeout -1ms busybox
d create --network none --health-retries -1 busybox
d create --network none --health-start-period 10ns busybox
d create --network none --health-start-period -1s busybox
d create --network none --health-interval nonsense busybox
d create --network none --no-healthcheck --health-cmd true busybox
d create --network none --no-healthcheck --health-retries 2 busybox
d ps -aq
d create --network none --name ok --health-cmd 'exit 0' --health-interval 1ms --health-timeout 1ms --health-start-period 1m30s --health-retries 2 busybox
d inspect --format '{{json .Config.Healthcheck}}' ok
d create --network none --name noh --no-healthcheck busybox
d inspect --format '{{json .Config.Healthcheck}}' noh
d create --network none --name plain busybox
d inspect --format '{{json .Config.Healthcheck}}' plain
