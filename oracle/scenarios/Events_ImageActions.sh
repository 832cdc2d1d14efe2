# source: daemon-semantics §9 (image events: actions, names, labels, prune), docker events CLI output and flags
# fixtures: busybox labeled
T0=$(date +%s.%N)
d tag busybox ev:1
d tag busybox ev:1
d rmi ev:1
q save -o "$TMP/bb.tar" busybox
d load -i "$TMP/bb.tar"
mklayer one "one"
d import "$TMP/one.tar" ev:i
d rmi labeled:v1
d image prune -f
d rmi ev:i
T1=$(date +%s.%N)
export T0 T1
export F='{{.Type}} {{.Action}} {{.Actor.ID}} {{json .Actor.Attributes}} status={{.Status}} id={{.ID}} from={{.From}} scope={{.Scope}}'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F"'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F" -f event=untag -f event=delete'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F" -f image=busybox'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F" -f label=version=1.0'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F" -f type=container'
sh_d 'engine events --since "$T0" --until "$T1" --format "$F" -f container=x'
sh_d 'engine events --since "$T0" --until "$T1" --format '\''{{json .Actor}}'\'' -f event=tag'
sh_d 'engine events --since "$T0" --until "$T1" -f event=tag | cut -c 31-'
d events --since 10 --until 5
d events --since nonsense
sh_d 'engine events --since "$T0" --until "$T1" --format '\''{{.Nope}}'\'''
d events --format '{{' --until 1
d events -f nofilter --until 1
d events extra
