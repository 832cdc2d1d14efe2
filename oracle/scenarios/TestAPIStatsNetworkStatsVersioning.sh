# source: integration-cli/docker_api_stats_test.go TestAPIStatsNetworkStatsVersioning (a user-defined bridge network: the reference has no default bridge)
# fixtures: busybox
d network create -d bridge --internal berthnet
d run -d --network berthnet --name c1 busybox top
for v in 17 19 20 21 41; do
  API_VERSION=v1.$v apij GET '/containers/c1/stats?stream=false' -- '[sorted(j.keys()), sorted(j.get("network", {}).keys()), sorted(j.get("networks", {}).keys())]'
done
d run -d --network none --name c2 busybox top
API_VERSION=v1.20 apij GET '/containers/c2/stats?stream=false' -- '[sorted(j.keys()), j.get("network")]'
d rm -f c1 c2
d network rm berthnet
