// Package both has .obslint.yml and .obslint.yaml: .obslint.yml wins.
package both // want "convention files=passes/config/both/.obslint.yml service=both-yml namespace=-"
