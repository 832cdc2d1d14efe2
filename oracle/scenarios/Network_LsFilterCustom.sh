# source: network ls filters over user-defined networks (own scenario)
# fixtures: none
d network create --label team=a --label tier alpha
d network create --label team=b beta
d network create --internal gamma
d network ls
d network ls -f type=custom
d network ls -f type=builtin --format '{{.Name}}'
d network ls -f dangling=true --format '{{.Name}}'
d network ls -f dangling=false --format '{{.Name}}'
d network ls -f driver=bridge --format '{{.Name}}'
d network ls -f label=team --format '{{.Name}}'
d network ls -f label=team=b --format '{{.Name}}'
d network ls -f label=tier -f label=team=a --format '{{.Name}}'
d network ls -f name=a --format '{{.Name}}'
d network ls -f name=alpha -f name=gamma --format '{{.Name}}'
sh_d 'id=$(engine network inspect -f "{{.Id}}" beta); engine network ls -f "id=${id:0:6}" --format "{{.Name}}"; engine network ls -q --no-trunc -f name=beta | grep -c "^$id\$"'
d network ls -q -f name=nothing
d network rm alpha beta gamma
