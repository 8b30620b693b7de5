// Package a exercises the ignores analyzer.
package a

//obslint:ignore directive nothing to silence here // want `//obslint:ignore directive silences nothing on this line or the next; remove it`
func Clean() {}

//obslint:ignore nosuch,directive typo // want `names unknown check nosuch; see obslint rules`
func Typo() {}

//obslint:ignore directive the next line's malformed directive is accepted on purpose
//obslint:bogus
func Silenced() {}

//obslint:ignore all reviewed: silence every check here
//obslint:bogus
func All() {}

//obslint:ignore ignores analyzer names work too
//obslint:bogus
func ByAnalyzer() {}

func Body() {
	x := 1 //obslint:ignore directive stale // want `silences nothing on this line; remove it`
	_ = x
}

//obslint:wat // want `unknown directive //obslint:wat`
func Unknown() {}
