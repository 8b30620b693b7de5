// Package klog is a stub of k8s.io/klog/v2 with the real signatures.
package klog

type Level int32

type Verbose struct{}

func V(level Level) Verbose                                      { return Verbose{} }
func (v Verbose) InfoS(msg string, keysAndValues ...interface{}) {}
func (v Verbose) Info(args ...interface{})                       {}
func InfoS(msg string, keysAndValues ...interface{})             {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}
func Infof(format string, args ...interface{})                   {}
func KObj(obj interface{}) interface{}                           { return obj }
