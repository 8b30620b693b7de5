// Package klog is a stub of k8s.io/klog/v2 (v2.140) for analysistest, with
// the real signatures and parameter names.
package klog

import (
	"context"

	"github.com/go-logr/logr"
)

// Level specifies a level of verbosity for V logs.
type Level int32

// Verbose is a boolean type that implements Infof (like Printf) etc.
type Verbose struct{ enabled bool }

// Logger is the logr.Logger klog hands out.
type Logger = logr.Logger

// KMetadata is what KObj needs.
type KMetadata interface {
	GetName() string
	GetNamespace() string
}

// ObjectRef references a Kubernetes object.
type ObjectRef struct{ Name, Namespace string }

func V(level Level) Verbose                                                      { return Verbose{} }
func (v Verbose) Enabled() bool                                                  { return v.enabled }
func (v Verbose) Info(args ...interface{})                                       {}
func (v Verbose) Infoln(args ...interface{})                                     {}
func (v Verbose) Infof(format string, args ...interface{})                       {}
func (v Verbose) InfoS(msg string, keysAndValues ...interface{})                 {}
func (v Verbose) InfoSDepth(depth int, msg string, keysAndValues ...interface{}) {}
func (v Verbose) ErrorS(err error, msg string, keysAndValues ...interface{})     {}
func Info(args ...interface{})                                                   {}
func Infof(format string, args ...interface{})                                   {}
func Infoln(args ...interface{})                                                 {}
func InfoS(msg string, keysAndValues ...interface{})                             {}
func InfoSDepth(depth int, msg string, keysAndValues ...interface{})             {}
func Warning(args ...interface{})                                                {}
func Warningf(format string, args ...interface{})                                {}
func Error(args ...interface{})                                                  {}
func Errorf(format string, args ...interface{})                                  {}
func ErrorS(err error, msg string, keysAndValues ...interface{})                 {}
func ErrorSDepth(depth int, err error, msg string, keysAndValues ...interface{}) {}
func Fatal(args ...interface{})                                                  {}
func Fatalf(format string, args ...interface{})                                  {}
func FromContext(ctx context.Context) Logger                                     { return Logger{} }
func Background() Logger                                                         { return Logger{} }
func LoggerWithValues(logger Logger, kv ...interface{}) Logger                   { return logger }
func LoggerWithName(logger Logger, name string) Logger                           { return logger }
func KObj(obj KMetadata) ObjectRef                                               { return ObjectRef{} }
func KRef(namespace, name string) ObjectRef                                      { return ObjectRef{Name: name, Namespace: namespace} }
