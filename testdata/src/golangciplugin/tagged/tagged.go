// Package tagged has findings whose messages must carry the check ID under
// golangci-lint.
package tagged

func f() {
	_ = 1 //obslint:ignore metric-namespace nothing here to silence // want `^//obslint:ignore metric-namespace silences nothing on this line; remove it \[unused-ignore, warning\]$`
}
