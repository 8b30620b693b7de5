// Package disabled is tagged's silent twin: the plugin runs with
// disable: [unused-ignore].
package disabled

func f() {
	_ = 1 //obslint:ignore metric-namespace nothing here to silence
}
