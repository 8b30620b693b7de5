// Package registry builds a handler per request: routes carry dispatch
// functions, a dispatcher calls them, and each returns a method table of
// handlers. The app is served wrapped in otelhttp when tracing is on.
package registry

import (
	"net/http"
	"os"

	"github.com/gorilla/handlers"
	"github.com/gorilla/mux"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

type App struct {
	router *mux.Router
	name   string
}

func (app *App) ServeHTTP(w http.ResponseWriter, r *http.Request) { app.router.ServeHTTP(w, r) }

type dispatchFunc func(app *App, r *http.Request) http.Handler

func NewApp() *App {
	app := &App{router: mux.NewRouter()}
	app.register("/blobs", blobDispatcher)
	return app
}

func (app *App) register(path string, dispatch dispatchFunc) {
	app.router.Handle(path, app.dispatcher(dispatch))
}

// dispatcher captures the app for its name and the dispatch func it
// calls: requests go through the handler dispatch builds, not through the
// app again.
func (app *App) dispatcher(dispatch dispatchFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = app.name
		dispatch(app, r).ServeHTTP(w, r)
	})
}

type blobHandler struct{ app *App }

func blobDispatcher(app *App, r *http.Request) http.Handler {
	bh := &blobHandler{app: app}
	return handlers.MethodHandler{
		http.MethodGet:    http.HandlerFunc(bh.GetBlob),
		http.MethodDelete: http.HandlerFunc(bh.DeleteBlob),
	}
}

func (bh *blobHandler) GetBlob(w http.ResponseWriter, r *http.Request)    {} // report: observed
func (bh *blobHandler) DeleteBlob(w http.ResponseWriter, r *http.Request) {} // report: observed

// Serve wraps the app in a library wrapper and, under a flag, in otelhttp
// (the plain handler reaches the wrapper both ways), then in the module's
// recoverer.
func Serve(tracing bool) error {
	var handler http.Handler = NewApp()
	handler = handlers.CombinedLoggingHandler(os.Stdout, handler)
	if tracing {
		handler = otelhttp.NewHandler(handler, "registry")
	}
	return (&http.Server{Handler: recoverer(handler)}).ListenAndServe()
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() { _ = recover() }()
		next.ServeHTTP(w, r)
	})
}
