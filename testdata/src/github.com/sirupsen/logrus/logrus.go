// Package logrus is a stub of github.com/sirupsen/logrus with the real
// signatures.
package logrus

type Fields map[string]interface{}

type Logger struct{}

type Entry struct{}

func New() *Logger                                               { return &Logger{} }
func StandardLogger() *Logger                                    { return &Logger{} }
func WithField(key string, value interface{}) *Entry             { return &Entry{} }
func WithFields(fields Fields) *Entry                            { return &Entry{} }
func WithError(err error) *Entry                                 { return &Entry{} }
func Info(args ...interface{})                                   {}
func Infof(format string, args ...interface{})                   {}
func Error(args ...interface{})                                  {}
func (l *Logger) WithField(key string, value interface{}) *Entry { return &Entry{} }
func (l *Logger) WithFields(fields Fields) *Entry                { return &Entry{} }
func (l *Logger) Info(args ...interface{})                       {}
func (l *Logger) Infof(format string, args ...interface{})       {}
func (e *Entry) WithField(key string, value interface{}) *Entry  { return e }
func (e *Entry) WithFields(fields Fields) *Entry                 { return e }
func (e *Entry) WithError(err error) *Entry                      { return e }
func (e *Entry) Info(args ...interface{})                        {}
func (e *Entry) Infof(format string, args ...interface{})        {}
func (e *Entry) Warn(args ...interface{})                        {}
func (e *Entry) Error(args ...interface{})                       {}
