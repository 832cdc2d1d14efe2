# source: berth (import --change LABEL makes image labels that the label filter sees)
# fixtures: busybox
d run --network none --name c1 busybox true
sh_d 'engine export c1 | engine import --change "LABEL owner=\"team a\" tier=db" - imp:labelled'
sh_d 'engine export c1 | engine import - imp:plain'
d images --filter label=owner --format '{{.Repository}}:{{.Tag}}'
d images --filter 'label=owner=team a' --format '{{.Repository}}:{{.Tag}}'
d images --filter label=tier=web --format '{{.Repository}}:{{.Tag}}'
d image inspect --format '{{json .Config.Labels}}' imp:labelled
d image prune -a -f --filter label=tier=db
d images --format '{{.Repository}}:{{.Tag}}' imp
