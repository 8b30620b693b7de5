package api

import "github.com/gin-gonic/gin"

// Engine builds a gin engine and returns it with a cleanup function, as
// services that own background resources do.
func Engine() (*gin.Engine, func()) {
	g := gin.New()
	g.GET("/users", ListUsers)
	return g, func() {}
}

func ListUsers(c *gin.Context) {}
