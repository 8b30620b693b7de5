module example.com/logfix

go 1.26.0
