module example.com/hostile

go 1.24

require github.com/prometheus/client_golang v1.22.0

// A stub of the real library's API, so that this module needs no network.
replace github.com/prometheus/client_golang => ./client_golang
