# source: docker/cli v28.2.2 e2e/global/cli_test.go TestPromptExitCode (the prune prompts; trust and plugins left out)
# fixtures: busybox
cp "$HERE/sigrun.py" "$TMP/sigrun.py"  # oracle/sigrun.py: run a command, signal it once a condition holds
note 'stdin is a pipe nothing is written to; SIGINT once the prompt shows'
for c in volume network container image system; do
  sh_d "python3 sigrun.py pipe SIGINT 'text:[y/N]' 1 \$ENGINE_CMD_STR $c prune"
done
