// Package fiber is a stub of github.com/gofiber/fiber/v3.
package fiber

type Ctx interface {
	SendString(body string) error
	Next() error
}

type Handler = func(Ctx) error

type Router interface {
	Get(path string, handler any, handlers ...any) Router
}

type App struct{}

func New() *App                                                       { return nil }
func (app *App) Use(args ...any) Router                               { return nil }
func (app *App) Get(path string, handler any, handlers ...any) Router { return nil }
