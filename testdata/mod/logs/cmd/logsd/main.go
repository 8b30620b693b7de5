package main

import (
	"fmt"
	"log/slog"
	"net/http"

	"example.com/logs/app"
)

func main() {
	fmt.Println("starting") // commands may print
	slog.Info("listening", "addr", ":8080")
	http.Handle("/orders", &app.Orders{}) // want "handler app.Orders.ServeHTTP records no request metrics or span"
	_ = http.ListenAndServe(":8080", nil)
}
