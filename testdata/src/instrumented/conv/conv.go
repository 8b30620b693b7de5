// Package conv is analysed with a convention that requires metrics and
// traces, counts unexported registered handlers, names a helper and a
// middleware of the company, and ignores health checks.
package conv

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Track and Wrap stand for the company's observability package.
func Track(ctx context.Context, name string) {}

func Wrap(h http.Handler) http.Handler { return h }

func Traced(c *gin.Context) {} // want `handler Traced starts a span but records no request metrics; use otelgin.Middleware on its router or instrument it \(convention: metrics\+traces\)`

func Both(w http.ResponseWriter, r *http.Request) {}

func Helped(w http.ResponseWriter, r *http.Request) {
	Track(r.Context(), "helped")
}

func Wrapped(w http.ResponseWriter, r *http.Request) {}

func unexported(w http.ResponseWriter, r *http.Request) {} // want `handler unexported records no request metrics or span`

func Healthz(w http.ResponseWriter, r *http.Request) {}

func routes() {
	r := gin.New()
	r.Use(otelgin.Middleware("svc"))
	r.GET("/traced", Traced)

	mux := http.NewServeMux()
	mux.Handle("/both", otelhttp.NewHandler(http.HandlerFunc(Both), "both"))
	mux.HandleFunc("/helped", Helped)
	mux.Handle("/wrapped", Wrap(http.HandlerFunc(Wrapped)))
	mux.HandleFunc("/unexported", unexported)
	mux.HandleFunc("/healthz", Healthz)
}
