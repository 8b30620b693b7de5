module example.com/cfgflag

go 1.24
