package unstruct

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func Print(w io.Writer, b *strings.Builder, l *log.Logger) {
	fmt.Println("starting")      // want `fmt.Println writes an unstructured line outside package main; use the structured logger \(logs.unstructured: forbid\)`
	fmt.Printf("%d\n", 1)        // want `fmt.Printf writes an unstructured line`
	fmt.Fprintln(os.Stderr, "x") // want `fmt.Fprintln to os.Stderr writes an unstructured line`
	log.Printf("retry %d", 1)    // want `log.Printf writes an unstructured line`
	l.Println("x")               // want `\(\*log.Logger\).Println writes an unstructured line`
	println("debug")             // want `println writes an unstructured line`
	fmt.Fprintf(w, "to a writer: fine\n")
	fmt.Fprintf(b, "to a builder: fine")
	_ = fmt.Sprintf("fine")
	_ = fmt.Errorf("fine")
}
