// Package zap is a stub of go.uber.org/zap (v1.27) for analysistest: the
// Logger, SugaredLogger and Field constructor signatures, parameter names
// included, as the real package declares them.
package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

// Field is an alias for Field.
type Field = zapcore.Field

// Option configures a Logger.
type Option interface{ apply(*Logger) }

// Logger provides fast, leveled, structured logging.
type Logger struct{ core zapcore.Core }

// SugaredLogger wraps the base Logger functionality in a slower, but less
// verbose, API.
type SugaredLogger struct{ base *Logger }

func New(core zapcore.Core, options ...Option) *Logger  { return &Logger{core: core} }
func NewNop() *Logger                                   { return &Logger{} }
func NewProduction(options ...Option) (*Logger, error)  { return &Logger{}, nil }
func NewDevelopment(options ...Option) (*Logger, error) { return &Logger{}, nil }
func L() *Logger                                        { return &Logger{} }
func S() *SugaredLogger                                 { return &SugaredLogger{} }
func ReplaceGlobals(logger *Logger) func()              { return func() {} }

func (log *Logger) Sugar() *SugaredLogger                                     { return &SugaredLogger{base: log} }
func (log *Logger) Named(s string) *Logger                                    { return log }
func (log *Logger) WithOptions(opts ...Option) *Logger                        { return log }
func (log *Logger) With(fields ...Field) *Logger                              { return log }
func (log *Logger) WithLazy(fields ...Field) *Logger                          { return log }
func (log *Logger) Level() zapcore.Level                                      { return zapcore.InfoLevel }
func (log *Logger) Check(lvl zapcore.Level, msg string) *zapcore.CheckedEntry { return nil }
func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field)        {}
func (log *Logger) Debug(msg string, fields ...Field)                         {}
func (log *Logger) Info(msg string, fields ...Field)                          {}
func (log *Logger) Warn(msg string, fields ...Field)                          {}
func (log *Logger) Error(msg string, fields ...Field)                         {}
func (log *Logger) DPanic(msg string, fields ...Field)                        {}
func (log *Logger) Panic(msg string, fields ...Field)                         {}
func (log *Logger) Fatal(msg string, fields ...Field)                         {}
func (log *Logger) Sync() error                                               { return nil }
func (log *Logger) Core() zapcore.Core                                        { return log.core }
func (log *Logger) Name() string                                              { return "" }

func (s *SugaredLogger) Desugar() *Logger                                                 { return s.base }
func (s *SugaredLogger) Named(name string) *SugaredLogger                                 { return s }
func (s *SugaredLogger) WithOptions(opts ...Option) *SugaredLogger                        { return s }
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger                          { return s }
func (s *SugaredLogger) WithLazy(args ...interface{}) *SugaredLogger                      { return s }
func (s *SugaredLogger) Level() zapcore.Level                                             { return zapcore.InfoLevel }
func (s *SugaredLogger) Log(lvl zapcore.Level, args ...interface{})                       {}
func (s *SugaredLogger) Debug(args ...interface{})                                        {}
func (s *SugaredLogger) Info(args ...interface{})                                         {}
func (s *SugaredLogger) Warn(args ...interface{})                                         {}
func (s *SugaredLogger) Error(args ...interface{})                                        {}
func (s *SugaredLogger) DPanic(args ...interface{})                                       {}
func (s *SugaredLogger) Panic(args ...interface{})                                        {}
func (s *SugaredLogger) Fatal(args ...interface{})                                        {}
func (s *SugaredLogger) Logf(lvl zapcore.Level, template string, args ...interface{})     {}
func (s *SugaredLogger) Debugf(template string, args ...interface{})                      {}
func (s *SugaredLogger) Infof(template string, args ...interface{})                       {}
func (s *SugaredLogger) Warnf(template string, args ...interface{})                       {}
func (s *SugaredLogger) Errorf(template string, args ...interface{})                      {}
func (s *SugaredLogger) DPanicf(template string, args ...interface{})                     {}
func (s *SugaredLogger) Panicf(template string, args ...interface{})                      {}
func (s *SugaredLogger) Fatalf(template string, args ...interface{})                      {}
func (s *SugaredLogger) Logw(lvl zapcore.Level, msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{})                   {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{})                 {}
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{})                  {}
func (s *SugaredLogger) Logln(lvl zapcore.Level, args ...interface{})                     {}
func (s *SugaredLogger) Debugln(args ...interface{})                                      {}
func (s *SugaredLogger) Infoln(args ...interface{})                                       {}
func (s *SugaredLogger) Warnln(args ...interface{})                                       {}
func (s *SugaredLogger) Errorln(args ...interface{})                                      {}
func (s *SugaredLogger) Sync() error                                                      { return nil }

// Field constructors.
func Skip() Field                                          { return Field{} }
func Binary(key string, val []byte) Field                  { return Field{Key: key} }
func Bool(key string, val bool) Field                      { return Field{Key: key} }
func ByteString(key string, val []byte) Field              { return Field{Key: key} }
func Float64(key string, val float64) Field                { return Field{Key: key} }
func Float32(key string, val float32) Field                { return Field{Key: key} }
func Int(key string, val int) Field                        { return Field{Key: key} }
func Int64(key string, val int64) Field                    { return Field{Key: key} }
func Int32(key string, val int32) Field                    { return Field{Key: key} }
func String(key string, val string) Field                  { return Field{Key: key} }
func Stringp(key string, val *string) Field                { return Field{Key: key} }
func Uint(key string, val uint) Field                      { return Field{Key: key} }
func Uint64(key string, val uint64) Field                  { return Field{Key: key} }
func Reflect(key string, val interface{}) Field            { return Field{Key: key} }
func Namespace(key string) Field                           { return Field{Key: key} }
func Stringer(key string, val fmt.Stringer) Field          { return Field{Key: key} }
func Time(key string, val time.Time) Field                 { return Field{Key: key} }
func Stack(key string) Field                               { return Field{Key: key} }
func StackSkip(key string, skip int) Field                 { return Field{Key: key} }
func Duration(key string, val time.Duration) Field         { return Field{Key: key} }
func Object(key string, val zapcore.ObjectMarshaler) Field { return Field{Key: key} }
func Inline(val zapcore.ObjectMarshaler) Field             { return Field{} }
func Dict(key string, val ...Field) Field                  { return Field{Key: key} }
func Any(key string, value interface{}) Field              { return Field{Key: key} }
func Array(key string, val zapcore.ArrayMarshaler) Field   { return Field{Key: key} }
func Strings(key string, ss []string) Field                { return Field{Key: key} }
func Ints(key string, nums []int) Field                    { return Field{Key: key} }
func Errors(key string, errs []error) Field                { return Field{Key: key} }
func Error(err error) Field                                { return Field{Key: "error"} }
func NamedError(key string, err error) Field               { return Field{Key: key} }

// Config builds a logger.
type Config struct {
	Development   bool
	Encoding      string
	EncoderConfig zapcore.EncoderConfig
}

func (cfg Config) Build(opts ...Option) (*Logger, error) { return &Logger{}, nil }

func NewProductionEncoderConfig() zapcore.EncoderConfig {
	return zapcore.EncoderConfig{TimeKey: "ts", LevelKey: "level", NameKey: "logger", CallerKey: "caller", MessageKey: "msg", StacktraceKey: "stacktrace"}
}

func NewDevelopmentEncoderConfig() zapcore.EncoderConfig {
	return zapcore.EncoderConfig{TimeKey: "T", LevelKey: "L", NameKey: "N", CallerKey: "C", MessageKey: "M", StacktraceKey: "S"}
}

func NewProductionConfig() Config          { return Config{EncoderConfig: NewProductionEncoderConfig()} }
func NewDevelopmentConfig() Config         { return Config{EncoderConfig: NewDevelopmentEncoderConfig()} }
func NewExample(options ...Option) *Logger { return &Logger{} }
