// Package ext is a stub of github.com/opentracing/opentracing-go/ext.
package ext

import (
	"github.com/opentracing/opentracing-go"
	"github.com/opentracing/opentracing-go/log"
)

type boolTagName string

func (tag boolTagName) Set(span opentracing.Span, value bool) {}

type stringTagName string

func (tag stringTagName) Set(span opentracing.Span, value string) {}

var (
	Error     = boolTagName("error")
	Component = stringTagName("component")
)

func LogError(span opentracing.Span, err error, fields ...log.Field) {}
