package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/safetext"
)

// writeGitHub prints GitHub Actions workflow commands, which GitHub shows
// as annotations on the pull request's diff:
//
//	::warning file=api/orders.go,line=12,col=6,endLine=12,endColumn=16,title=obslint instrumented::message
//
// The command is ::error, ::warning or ::notice after the severity.
func writeGitHub(w io.Writer, fs []findings.Finding, opts Options) error {
	for _, f := range fs {
		props := []string{
			"file=" + escapeProperty(safetext.Escape(Rel(opts.Root, f.File))),
			fmt.Sprintf("line=%d", f.Line),
			fmt.Sprintf("col=%d", f.Col),
		}
		if f.EndLine > 0 {
			props = append(props, fmt.Sprintf("endLine=%d", f.EndLine), fmt.Sprintf("endColumn=%d", f.EndCol))
		}
		props = append(props, "title="+escapeProperty("obslint "+f.Check))
		msg := safetext.Escape(f.Message) // no raw ESC or BEL in the log; a newline shows as \n
		if f.URL != "" {
			msg += "\n" + f.URL
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", githubCommand[f.Level()], strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// githubCommand is the workflow command of each severity.
var githubCommand = map[string]string{"error": "error", "warning": "warning", "info": "notice"}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
