# source: berth (the whole inspect document of a container given no options, created then exited;
# the data root and exec root in paths are the engines' own, so they are cut)
# fixtures: busybox
d create --name c1 busybox echo hi
sh_d 'engine inspect c1 | sed -E "s#\"/[^\"]*/containers/#\"ROOT/containers/#; s#\"/[^\"]*/netns/#\"EXECROOT/netns/#"'
d start -a c1
sh_d 'engine inspect c1 | sed -E "s#\"/[^\"]*/containers/#\"ROOT/containers/#; s#\"/[^\"]*/netns/#\"EXECROOT/netns/#"'
