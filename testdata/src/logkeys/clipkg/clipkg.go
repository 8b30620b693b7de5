// Package clipkg builds a command-line tool's commands: its fmt.Print*
// output is for the user at the terminal, not a log, so
// logs.unstructured: forbid leaves it alone.
package clipkg

import (
	"fmt"

	"github.com/spf13/cobra"
)

var Version = &cobra.Command{
	Use: "version",
	Run: func(cmd *cobra.Command, args []string) { fmt.Println("v1.0.0") },
}
