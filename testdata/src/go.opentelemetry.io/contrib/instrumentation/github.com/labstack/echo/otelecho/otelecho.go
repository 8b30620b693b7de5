// Package otelecho is a stub of the otelecho contrib package.
package otelecho

import "github.com/labstack/echo/v4"

type Option interface{}

func Middleware(service string, opts ...Option) echo.MiddlewareFunc { return nil }
