module github.com/obslint/obslint

go 1.26.0

require (
	golang.org/x/tools v0.52.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
