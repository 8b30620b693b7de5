// Package gin is a stub of github.com/gin-gonic/gin.
package gin

import "net/http"

type Context struct {
	Request *http.Request
}

func (c *Context) Next()                               {}
func (c *Context) Param(key string) string              { return "" }
func (c *Context) JSON(code int, obj any)              {}
func (c *Context) String(code int, f string, v ...any) {}

type HandlerFunc func(*Context)

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

type RouterGroup struct{}

func (g *RouterGroup) Use(middleware ...HandlerFunc) IRoutes                           { return nil }
func (g *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup { return nil }
func (g *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes        { return nil }
func (g *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes       { return nil }
func (g *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes        { return nil }
func (g *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes     { return nil }
func (g *RouterGroup) Handle(method, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

type Engine struct {
	RouterGroup
}

func New() *Engine                                      { return nil }
func Default() *Engine                                  { return nil }
func (e *Engine) Use(middleware ...HandlerFunc) IRoutes { return nil }
func (e *Engine) Run(addr ...string) error              { return nil }
func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (e *Engine) NoRoute(handlers ...HandlerFunc)  {}
func (e *Engine) NoMethod(handlers ...HandlerFunc) {}

func WrapF(f http.HandlerFunc) HandlerFunc { return nil }
func WrapH(h http.Handler) HandlerFunc     { return nil }
