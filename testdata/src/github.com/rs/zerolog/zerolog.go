// Package zerolog is a stub of github.com/rs/zerolog with the real
// signatures.
package zerolog

import (
	"io"
	"time"
)

type Logger struct{}

type Event struct{}

type Context struct{}

func New(w io.Writer) Logger                                { return Logger{} }
func Dict() *Event                                          { return &Event{} }
func (l Logger) With() Context                              { return Context{} }
func (l *Logger) Info() *Event                              { return &Event{} }
func (l *Logger) Error() *Event                             { return &Event{} }
func (l *Logger) Debug() *Event                             { return &Event{} }
func (c Context) Str(key, val string) Context               { return c }
func (c Context) Logger() Logger                            { return Logger{} }
func (e *Event) Str(key, val string) *Event                 { return e }
func (e *Event) Int(key string, i int) *Event               { return e }
func (e *Event) Bool(key string, b bool) *Event             { return e }
func (e *Event) Dur(key string, d time.Duration) *Event     { return e }
func (e *Event) Interface(key string, i interface{}) *Event { return e }
func (e *Event) Any(key string, i interface{}) *Event       { return e }
func (e *Event) Dict(key string, dict *Event) *Event        { return e }
func (e *Event) Err(err error) *Event                       { return e }
func (e *Event) AnErr(key string, err error) *Event         { return e }
func (e *Event) Msg(msg string)                             {}
func (e *Event) Msgf(format string, v ...interface{})       {}
func (e *Event) Send()                                      {}
