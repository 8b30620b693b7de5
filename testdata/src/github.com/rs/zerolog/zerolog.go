// Package zerolog is a stub of github.com/rs/zerolog (v1.35) for
// analysistest, with the real signatures and parameter names.
package zerolog

import (
	"context"
	"fmt"
	"io"
	"time"
)

// Level defines log levels.
type Level int8

// Levels.
const (
	DebugLevel Level = iota
	InfoLevel
	WarnLevel
	ErrorLevel
)

// Logger represents an active logging object.
type Logger struct{ w io.Writer }

// Event represents a log event.
type Event struct{ ctx context.Context }

// Context configures a new sub-logger with contextual fields.
type Context struct{ l Logger }

// LogObjectMarshaler provides a strongly-typed and encoding-agnostic
// interface to be implemented by types used with Event/Context's Object
// methods.
type LogObjectMarshaler interface{ MarshalZerologObject(e *Event) }

func New(w io.Writer) Logger          { return Logger{w: w} }
func Nop() Logger                     { return Logger{} }
func Ctx(ctx context.Context) *Logger { return &Logger{} }
func Dict() *Event                    { return &Event{} }

func (l Logger) With() Context                                   { return Context{l: l} }
func (l Logger) WithContext(ctx context.Context) context.Context { return ctx }
func (l Logger) Level(lvl Level) Logger                          { return l }
func (l *Logger) Trace() *Event                                  { return &Event{} }
func (l *Logger) Debug() *Event                                  { return &Event{} }
func (l *Logger) Info() *Event                                   { return &Event{} }
func (l *Logger) Warn() *Event                                   { return &Event{} }
func (l *Logger) Error() *Event                                  { return &Event{} }
func (l *Logger) Err(err error) *Event                           { return &Event{} }
func (l *Logger) Fatal() *Event                                  { return &Event{} }
func (l *Logger) Panic() *Event                                  { return &Event{} }
func (l *Logger) WithLevel(level Level) *Event                   { return &Event{} }
func (l *Logger) Log() *Event                                    { return &Event{} }
func (l *Logger) Print(v ...interface{})                         {}
func (l *Logger) Printf(format string, v ...interface{})         {}

func (c Context) Logger() Logger                       { return c.l }
func (c Context) Fields(fields interface{}) Context    { return c }
func (c Context) Dict(key string, dict *Event) Context { return c }
func (c Context) Err(err error) Context                { return c }
func (c Context) Timestamp() Context                   { return c }
func (c Context) Caller() Context                      { return c }

func (e *Event) Enabled() bool                                            { return true }
func (e *Event) Discard() *Event                                          { return e }
func (e *Event) Msg(msg string)                                           {}
func (e *Event) Send()                                                    {}
func (e *Event) Msgf(format string, v ...interface{})                     {}
func (e *Event) MsgFunc(createMsg func() string)                          {}
func (e *Event) Fields(fields interface{}) *Event                         { return e }
func (e *Event) Dict(key string, dict *Event) *Event                      { return e }
func (e *Event) Object(key string, obj LogObjectMarshaler) *Event         { return e }
func (e *Event) EmbedObject(obj LogObjectMarshaler) *Event                { return e }
func (e *Event) Err(err error) *Event                                     { return e }
func (e *Event) AnErr(key string, err error) *Event                       { return e }
func (e *Event) Errs(key string, errs []error) *Event                     { return e }
func (e *Event) Stack() *Event                                            { return e }
func (e *Event) Ctx(ctx context.Context) *Event                           { e.ctx = ctx; return e }
func (e *Event) GetCtx() context.Context                                  { return e.ctx }
func (e *Event) Timestamp() *Event                                        { return e }
func (e *Event) Caller(skip ...int) *Event                                { return e }
func (e *Event) Time(key string, t time.Time) *Event                      { return e }
func (e *Event) Dur(key string, d time.Duration) *Event                   { return e }
func (e *Event) TimeDiff(key string, t time.Time, start time.Time) *Event { return e }
func (e *Event) Stringer(key string, val fmt.Stringer) *Event             { return e }
func (e *Event) Bytes(key string, val []byte) *Event                      { return e }
func (e *Event) Hex(key string, val []byte) *Event                        { return e }
func (e *Event) RawJSON(key string, b []byte) *Event                      { return e }
func (e *Event) Any(key string, i interface{}) *Event                     { return e }
func (e *Event) Interface(key string, i interface{}) *Event               { return e }
func (e *Event) Type(key string, val interface{}) *Event                  { return e }

func (e *Event) Str(key string, val string) *Event       { return e }
func (c Context) Str(key string, val string) Context     { return c }
func (e *Event) Strs(key string, vals []string) *Event   { return e }
func (c Context) Strs(key string, vals []string) Context { return c }
func (e *Event) Bool(key string, b bool) *Event          { return e }
func (c Context) Bool(key string, b bool) Context        { return c }
func (e *Event) Int(key string, i int) *Event            { return e }
func (c Context) Int(key string, i int) Context          { return c }
func (e *Event) Int64(key string, i int64) *Event        { return e }
func (c Context) Int64(key string, i int64) Context      { return c }
func (e *Event) Uint(key string, i uint) *Event          { return e }
func (c Context) Uint(key string, i uint) Context        { return c }
func (e *Event) Uint64(key string, i uint64) *Event      { return e }
func (c Context) Uint64(key string, i uint64) Context    { return c }
func (e *Event) Float64(key string, f float64) *Event    { return e }
func (c Context) Float64(key string, f float64) Context  { return c }
func (e *Event) Ints(key string, i []int) *Event         { return e }
func (c Context) Ints(key string, i []int) Context       { return c }
