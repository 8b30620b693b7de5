// Package otelgin is a stub of the otelgin contrib package.
package otelgin

import "github.com/gin-gonic/gin"

type Option interface{}

func Middleware(service string, opts ...Option) gin.HandlerFunc { return nil }
