# source: docker/cli cli/cobra.go (top-level usage: no command, --help, -h, help, help COMMAND, unknown flags and commands)
# fixtures: none
d
d --help
d -h
d help
d help images
d help volume
d --bogus
d -z
d nosuchcommand
d help nosuchcommand
