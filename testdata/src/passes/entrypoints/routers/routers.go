// Package routers registers handlers on the routers of chi, gorilla/mux,
// gin, echo and fiber.
package routers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func ChiList(w http.ResponseWriter, r *http.Request) {} // want "entrypoint ChiList nethttp registered=1 escapes=false" ChiList:`^entrypoint\(nethttp, registered at home\)$`

func ChiWrapped(w http.ResponseWriter, r *http.Request) {} // want "entrypoint ChiWrapped nethttp registered=1 escapes=false" ChiWrapped:`registered at home`

func ChiNested(w http.ResponseWriter, r *http.Request) {} // want "entrypoint ChiNested nethttp registered=1 escapes=false" ChiNested:`registered at home`

func chiRoutes() {
	r := chi.NewRouter() // want "router r created=true param=false parent=- uses=otelhttp.NewMiddleware options=- wrappedby=-"
	r.Use(otelhttp.NewMiddleware("svc"))
	r.Get("/orders", ChiList)                                                    // want "registration chi route=/orders handler=ChiList router=r wrappers=-"
	r.Handle("/wrapped", otelhttp.NewHandler(http.HandlerFunc(ChiWrapped), "w")) // want "registration chi route=/wrapped handler=ChiWrapped router=r wrappers=otelhttp.NewHandler"
	r.Route("/api", func(api chi.Router) {                                       // want "router api created=false param=false parent=r uses=- options=- wrappedby=-"
		api.Get("/nested", ChiNested) // want "registration chi route=/nested handler=ChiNested router=api wrappers=-"
	})
}

func GorillaList(w http.ResponseWriter, r *http.Request) {} // want "entrypoint GorillaList nethttp registered=1 escapes=false" GorillaList:`registered at home`

func GorillaSub(w http.ResponseWriter, r *http.Request) {} // want "entrypoint GorillaSub nethttp registered=1 escapes=false" GorillaSub:`registered at home`

func GorillaPath(w http.ResponseWriter, r *http.Request) {} // want "entrypoint GorillaPath nethttp registered=1 escapes=false" GorillaPath:`registered at home`

func gorillaRoutes() {
	g := mux.NewRouter()                                // want "router g created=true param=false parent=- uses=- options=- wrappedby=otelhttp.NewHandler"
	g.HandleFunc("/orders", GorillaList).Methods("GET") // want "registration gorilla route=/orders handler=GorillaList router=g wrappers=-"
	sub := g.PathPrefix("/api").Subrouter()             // want "router sub created=false param=false parent=g uses=- options=- wrappedby=-"
	sub.HandleFunc("/sub", GorillaSub)                  // want "registration gorilla route=/sub handler=GorillaSub router=sub wrappers=-"
	g.Path("/path").HandlerFunc(GorillaPath)            // want "registration gorilla route=- handler=GorillaPath router=g wrappers=-"
	http.ListenAndServe(":8080", otelhttp.NewHandler(g, "svc"))
}

func GinList(c *gin.Context) {} // want "entrypoint GinList gin registered=1 escapes=false" GinList:`^entrypoint\(gin, registered at home\)$`

func GinGrouped(c *gin.Context) {} // want "entrypoint GinGrouped gin registered=1 escapes=false" GinGrouped:`registered at home`

// ginMetrics passes the request on: middleware, no entry point.
func ginMetrics(c *gin.Context) { c.Next() }

func ginRoutes() {
	e := gin.New() // want "router e created=true param=false parent=- uses=otelgin.Middleware options=- wrappedby=-"
	e.Use(otelgin.Middleware("svc"))
	e.GET("/orders", ginMetrics, GinList)     // want "registration gin route=/orders handler=GinList router=e wrappers=- middleware=ginMetrics"
	v1 := e.Group("/v1")                      // want "router v1 created=false param=false parent=e uses=- options=- wrappedby=-"
	v1.Handle("POST", "/grouped", GinGrouped) // want "registration gin route=/grouped handler=GinGrouped router=v1 wrappers=-"
}

func EchoList(c echo.Context) error { return nil } // want "entrypoint EchoList echo registered=1 escapes=false" EchoList:`^entrypoint\(echo, registered at home\)$`

func echoRoutes() {
	ec := echo.New()                                        // want "router ec created=true param=false parent=- uses=- options=- wrappedby=-"
	ec.GET("/orders", EchoList, otelecho.Middleware("svc")) // want "registration echo route=/orders handler=EchoList router=ec wrappers=- middleware=otelecho.Middleware"
}

func FiberList(c *fiber.Ctx) error { return nil } // want "entrypoint FiberList fiber registered=1 escapes=false" FiberList:`^entrypoint\(fiber, registered at home\)$`

func Fiber3List(c fiber3.Ctx) error { return nil } // want "entrypoint Fiber3List fiber registered=1 escapes=false" Fiber3List:`^entrypoint\(fiber, registered at home\)$`

func fiberAuth(c *fiber.Ctx) error { return c.Next() }

func fiberRoutes() {
	app := fiber.New()                       // want "router app created=true param=false parent=- uses=- options=- wrappedby=-"
	app.Get("/orders", fiberAuth, FiberList) // want "registration fiber route=/orders handler=FiberList router=app wrappers=- middleware=fiberAuth"
	app3 := fiber3.New()                     // want "router app3 created=true param=false parent=- uses=- options=- wrappedby=-"
	app3.Get("/orders", Fiber3List)          // want "registration fiber route=/orders handler=Fiber3List router=app3 wrappers=-"
}
