// Package echo is a stub of github.com/labstack/echo/v4.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	JSON(code int, i any) error
	String(code int, s string) error
}

type HandlerFunc func(c Context) error
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Route struct{}

type Echo struct{}

func New() *Echo                                                            { return nil }
func (e *Echo) Use(middleware ...MiddlewareFunc)                            {}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group             { return nil }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) Start(address string) error                                  { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                           {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
