package main

import (
	"fmt"
	"log"
)

func main() {
	fmt.Println("commands may print")
	log.Fatal("and exit")
}
