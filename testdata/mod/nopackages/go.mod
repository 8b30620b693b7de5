module example.com/nopackages

go 1.24
