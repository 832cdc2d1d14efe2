module goldengen

go 1.19
