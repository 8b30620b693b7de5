package api

import "github.com/gin-gonic/gin"

func GinList(c *gin.Context) { c.JSON(200, []string{}) }

func GinBare(c *gin.Context) { c.JSON(200, nil) }
