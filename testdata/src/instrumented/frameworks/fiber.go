package frameworks

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"go.opentelemetry.io/otel"
)

func FiberBare(c *fiber.Ctx) error { return c.SendString("ok") } // want `handler FiberBare records no request metrics or span; use otelfiber.Middleware on its app`

func FiberSpanned(c *fiber.Ctx) error {
	_, span := otel.Tracer("fiber").Start(nil, "x")
	defer span.End()
	return nil
}

func Fiber3Bare(c fiber3.Ctx) error { return nil } // want `handler Fiber3Bare records no request metrics or span`

func fiberRoutes() {
	app := fiber.New()
	app.Get("/bare", FiberBare)
	app.Get("/spanned", FiberSpanned)

	app3 := fiber3.New()
	app3.Get("/bare3", Fiber3Bare)
}
