// Package ginauth serves a gin API whose authentication methods are
// middleware: they have a gin handler's signature and, like most gin
// authentication, abort the bad requests and return on good ones (gin runs
// the rest of the chain) without calling c.Next(); they are applied with
// Use or in front of a route, never registered as endpoints. One of them is
// used nowhere: it is middleware like its siblings, not an entry point.
package ginauth

import "github.com/gin-gonic/gin"

// Auth checks the tokens of requests.
type Auth struct{ admins map[string]bool }

// RequireClient lets only clients through.
func (a *Auth) RequireClient(c *gin.Context) { // report: left out
	if c.Param("client") == "" {
		c.String(401, "unauthorized")
	}
}

// RequireAdmin lets only administrators through.
func (a *Auth) RequireAdmin(c *gin.Context) { // report: left out
	if !a.admins[c.Param("user")] {
		c.String(403, "forbidden")
	}
}

// RequireApplication lets only applications through; nothing uses it yet.
func (a *Auth) RequireApplication(c *gin.Context) { // report: left out
	if c.Param("app") == "" {
		c.String(401, "unauthorized")
	}
}

// ListUsers is an endpoint, registered on a bare engine.
func ListUsers(c *gin.Context) { // report: unobserved
	c.JSON(200, nil)
}

// Serve runs the API.
func Serve(a *Auth) error {
	r := gin.New()
	r.Use(a.RequireClient)
	r.GET("/users", a.RequireAdmin, ListUsers)
	return r.Run(":8090")
}
