// Command gcl is golangci-lint v2 with the obslint module plugin linked in:
// the offline equivalent of "golangci-lint custom", which clones
// golangci-lint from GitHub. Build it with "go build" in this directory; the
// go.mod pins golangci-lint, and the Go module proxy (or a module cache)
// supplies everything.
//
// BuildInfo.Version stays empty on purpose: golangci-lint then salts its
// result cache with the hash of this executable, so results cached by an
// older obslint are not replayed after obslint changes.
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/obslint/obslint/golangci-plugin" // registers the "obslint" module plugin
)

func main() {
	if err := commands.Execute(commands.BuildInfo{}); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
