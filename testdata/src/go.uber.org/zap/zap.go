// Package zap is a stub of go.uber.org/zap with the real signatures.
package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

type Field = zapcore.Field

type Logger struct{}

func NewNop() *Logger                                { return &Logger{} }
func NewProduction() (*Logger, error)                { return &Logger{}, nil }
func L() *Logger                                     { return &Logger{} }
func S() *SugaredLogger                              { return &SugaredLogger{} }
func (l *Logger) Sugar() *SugaredLogger              { return &SugaredLogger{} }
func (l *Logger) With(fields ...Field) *Logger       { return l }
func (l *Logger) Named(s string) *Logger             { return l }
func (l *Logger) Debug(msg string, fields ...Field)  {}
func (l *Logger) Info(msg string, fields ...Field)   {}
func (l *Logger) Warn(msg string, fields ...Field)   {}
func (l *Logger) Error(msg string, fields ...Field)  {}
func (l *Logger) DPanic(msg string, fields ...Field) {}
func (l *Logger) Panic(msg string, fields ...Field)  {}
func (l *Logger) Fatal(msg string, fields ...Field)  {}

type SugaredLogger struct{}

func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger         { return s }
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Infof(template string, args ...interface{})      {}
func (s *SugaredLogger) Errorf(template string, args ...interface{})     {}
func (s *SugaredLogger) Info(args ...interface{})                        {}

func String(key string, val string) Field          { return Field{Key: key} }
func Strings(key string, ss []string) Field        { return Field{Key: key} }
func Int(key string, val int) Field                { return Field{Key: key} }
func Int64(key string, val int64) Field            { return Field{Key: key} }
func Bool(key string, val bool) Field              { return Field{Key: key} }
func Duration(key string, val time.Duration) Field { return Field{Key: key} }
func Time(key string, val time.Time) Field         { return Field{Key: key} }
func Any(key string, value interface{}) Field      { return Field{Key: key} }
func Stringer(key string, val fmt.Stringer) Field  { return Field{Key: key} }
func NamedError(key string, err error) Field       { return Field{Key: key} }
func Error(err error) Field                        { return Field{Key: "error"} }
func Namespace(key string) Field                   { return Field{Key: key} }
