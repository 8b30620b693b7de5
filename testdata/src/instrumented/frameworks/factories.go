package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/otel"
)

// Handler factories: the handler is built by a function and registered
// by calling it; the factory is the entry point.
type Accounts struct{}

func (a *Accounts) Login() gin.HandlerFunc { // want `handler Accounts.Login records no request metrics or span`
	return func(c *gin.Context) {}
}

func (a *Accounts) Logout() gin.HandlerFunc {
	return func(c *gin.Context) {}
}

// Traced starts a span in the handler it builds: observed inside.
func (a *Accounts) Traced() gin.HandlerFunc {
	return gin.WrapF(func(w http.ResponseWriter, r *http.Request) {
		_, span := otel.Tracer("accounts").Start(r.Context(), "traced")
		defer span.End()
	})
}

func accountRoutes(a *Accounts) {
	bare := gin.New()
	bare.GET("/login", a.Login())
	bare.GET("/traced", a.Traced())

	traced := gin.New()
	traced.Use(otelgin.Middleware("accounts"))
	traced.GET("/logout", a.Logout())
}
