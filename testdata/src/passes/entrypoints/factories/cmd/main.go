package main

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"passes/entrypoints/factories/api"
)

func main() {
	a := &api.API{}
	r := gin.New()                                  // want "router r created=true param=false parent=- uses=- options=- wrappedby=-"
	r.GET("/login", a.Login())                      // want "registration gin route=/login handler=api.API.Login router=r wrappers=- imported=api.API.Login/gin/factory"
	mux := http.NewServeMux()                       // want "router mux created=true param=false parent=- uses=- options=- wrappedby=http.ListenAndServe"
	mux.Handle("/tenants", api.Tenants(nil, false)) // want "registration nethttp route=/tenants handler=api.Tenants router=mux wrappers=- imported=api.Tenants/nethttp/factory"
	mux.Handle("/status", api.Status())             // want "registration nethttp route=/status handler=api.Status router=mux wrappers=- imported=api.Status/nethttp/factory"
	mux.Handle("/routes", api.Routes())             // want "registration nethttp route=/routes handler=- router=mux wrappers=api.Routes"
	_ = http.ListenAndServe(":8080", mux)
	_ = r.Run()
}
