# source: integration-cli/docker_cli_history_test.go TestBuildHistory
# fixtures: busybox
C=$(mkctx hist <<'DF'
FROM scratch
LABEL label.A="A"
LABEL label.B="B"
LABEL label.C="C"
LABEL label.D="D"
LABEL label.E="E"
LABEL label.F="F"
LABEL label.G="G"
LABEL label.H="H"
LABEL label.I="I"
LABEL label.J="J"
LABEL label.K="K"
LABEL label.L="L"
LABEL label.M="M"
LABEL label.N="N"
LABEL label.O="O"
LABEL label.P="P"
LABEL label.Q="Q"
LABEL label.R="R"
LABEL label.S="S"
LABEL label.T="T"
LABEL label.U="U"
LABEL label.V="V"
LABEL label.W="W"
LABEL label.X="X"
LABEL label.Y="Y"
LABEL label.Z="Z"
DF
)
d build -q -t testbuildhistory "$C"
d history testbuildhistory
d history --no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}' testbuildhistory
