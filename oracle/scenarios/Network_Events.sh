# source: network create and destroy events (own scenario)
# fixtures: none
T0=$(date +%s.%N)
d network create --label a=b ev1
d network rm ev1
T1=$(date +%s.%N)
export T0 T1
sh_d 'engine events --filter type=network --since "$T0" --until "$T1"'
sh_d 'engine events --filter type=network --since "$T0" --until "$T1" --format "{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}} {{.Scope}}"'
sh_d 'engine events --filter network=ev1 --since "$T0" --until "$T1" --format "{{.Action}}"'
