package frameworks

import (
	"github.com/labstack/echo/v4"
	"go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho"
)

func EchoBare(c echo.Context) error { return nil } // want `handler EchoBare records no request metrics or span; use otelecho.Middleware on its router`

func EchoTraced(c echo.Context) error { return nil }

func echoRoutes() {
	e := echo.New()
	e.GET("/bare", EchoBare)

	t := echo.New()
	t.Use(otelecho.Middleware("svc"))
	t.GET("/traced", EchoTraced)
}
