// Package fiber is a stub of github.com/gofiber/fiber/v2.
package fiber

type Ctx struct{}

func (c *Ctx) SendString(body string) error { return nil }
func (c *Ctx) Next() error                  { return nil }

type Handler = func(*Ctx) error

type Router interface {
	Get(path string, handlers ...Handler) Router
}

type App struct{}

func New() *App                                               { return nil }
func (app *App) Use(args ...interface{}) Router               { return nil }
func (app *App) Get(path string, handlers ...Handler) Router  { return nil }
func (app *App) Post(path string, handlers ...Handler) Router { return nil }
func (app *App) Listen(addr string) error                     { return nil }
