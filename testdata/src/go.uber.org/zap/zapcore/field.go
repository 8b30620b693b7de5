// Package zapcore is a stub of go.uber.org/zap/zapcore with the real
// signatures of what obslint's fixtures use.
package zapcore

type Field struct{ Key string }

type ObjectEncoder interface {
	AddString(key, value string)
	AddInt(key string, value int)
}
