// Package frameworks exercises gin, echo, fiber, chi and gorilla/mux.
package frameworks

import (
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
)

var ginLatency = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "gin_request_duration_seconds", Help: "Latency."})

func GinTraced(c *gin.Context) {}

func GinBare(c *gin.Context) {} // want `handler GinBare records no request metrics or span; use otelgin.Middleware on its router or instrument it \(convention: any\)`

func GinGrouped(c *gin.Context) {}

func GinMetered(c *gin.Context) {}

func GinRouteMW(c *gin.Context) {}

func GinParam(c *gin.Context) {}

// ginMetrics is middleware (it calls c.Next), not an entry point.
func ginMetrics(c *gin.Context) {
	start := time.Now()
	c.Next()
	ginLatency.Observe(time.Since(start).Seconds())
}

func ginRoutes() {
	r := gin.New()
	r.Use(otelgin.Middleware("svc"))
	r.GET("/traced", GinTraced)
	api := r.Group("/api")
	api.GET("/grouped", GinGrouped)

	bare := gin.Default()
	bare.GET("/bare", GinBare)
	bare.POST("/route-mw", otelgin.Middleware("svc"), GinRouteMW)

	metered := gin.New()
	metered.Use(ginMetrics)
	metered.GET("/metered", GinMetered)
}

// ginParam receives its router from a caller: not judged.
func ginParam(r *gin.Engine) {
	r.GET("/param", GinParam)
}
