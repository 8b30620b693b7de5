module example.com/oddinputs

go 1.24
