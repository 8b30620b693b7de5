// Command server wires the handlers of every framework.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"example.com/services/api"
	"example.com/services/obs"
)

func main() {
	std := http.NewServeMux()
	std.HandleFunc("/orders", api.ListOrders) // want `handler api.ListOrders records no request metrics or span; wrap it here \(otelhttp.NewHandler\) or instrument it \(convention: any\)`
	std.HandleFunc("/tracked", api.Tracked)
	std.Handle("/measured", obs.Measure("measured", http.HandlerFunc(api.Measured)))
	std.Handle("/order", otelhttp.NewMiddleware("order")(http.HandlerFunc(api.GetOrder)))

	g := gin.New()
	g.Use(otelgin.Middleware("services"))
	g.GET("/gin/orders", api.GinList)
	bare := gin.New()
	bare.GET("/gin/bare", api.GinBare) // want `handler api.GinBare records no request metrics or span; use otelgin.Middleware on its router`

	e := echo.New()
	e.Use(otelecho.Middleware("services"))
	e.GET("/echo/orders", EchoList)
	e.GET("/echo/plain", EchoPlain)

	r := chi.NewRouter()
	r.Get("/chi/orders", ChiList)

	m := mux.NewRouter()
	m.HandleFunc("/gorilla/orders", GorillaList).Methods(http.MethodGet)

	app := fiber.New()
	app.Get("/fiber/orders", FiberList)

	http.ListenAndServe(":8080", std)
}

func EchoList(c echo.Context) error { return c.JSON(200, nil) }

func EchoPlain(c echo.Context) error { return c.String(200, "ok") }

func ChiList(w http.ResponseWriter, r *http.Request) {} // want `handler ChiList records no request metrics or span`

func GorillaList(w http.ResponseWriter, r *http.Request) {} // want `handler GorillaList records no request metrics or span`

func FiberList(c *fiber.Ctx) error { return c.SendString("ok") } // want `handler FiberList records no request metrics or span; use otelfiber.Middleware on its app`
