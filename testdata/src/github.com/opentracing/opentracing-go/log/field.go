// Package log is a stub of github.com/opentracing/opentracing-go/log.
package log

type Field struct{}

func String(key, val string) Field  { return Field{} }
func Error(err error) Field         { return Field{} }
func Int(key string, val int) Field { return Field{} }
