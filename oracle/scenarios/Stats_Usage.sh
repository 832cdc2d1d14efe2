# source: docker CLI 28 stats command (help, flags, usage errors)
# fixtures: none
d stats --help
d stats --bogus
d stats --format '{{.Name' --no-stream
d stats --no-stream
d stats -a --no-stream --format '{{.Name}}'
