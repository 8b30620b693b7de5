// Package cobra is a stub of github.com/spf13/cobra for analysistest.
package cobra

// Command is a command.
type Command struct {
	Use string
	Run func(cmd *Command, args []string)
}
