package registryexport

import (
	"fmt"
	"io"
	"strings"

	"github.com/obslint/obslint/internal/semconv"
)

// Write writes the export as a Weaver registry file, with a header that
// says where it comes from and which names of the OpenTelemetry
// conventions the code uses without their being redefined here.
func Write(w io.Writer, e *Export) error {
	var h strings.Builder
	fmt.Fprintf(&h, "The telemetry of %s, as obslint registry export found it in the code:\n", strings.Join(e.Patterns, " "))
	fmt.Fprintf(&h, "an OpenTelemetry Weaver registry (definition/1). Review it (briefs, types,\n")
	fmt.Fprintf(&h, "stability), then name it in .obslint.yml under semconv.registries, with\n")
	fmt.Fprintf(&h, "your namespaces in semconv.owned_namespaces.\n")
	if len(e.Conventions) > 0 || len(e.Registry.Imports.Metrics) > 0 {
		fmt.Fprintf(&h, "\nNames of the OpenTelemetry semantic conventions %s the code uses are not\n", e.Release)
		fmt.Fprintf(&h, "redefined here: their metrics are imported (imports:, at the end), their\n")
		fmt.Fprintf(&h, "attributes referenced. Attributes (places):\n")
		line := " "
		for _, u := range e.Conventions {
			item := fmt.Sprintf(" %s (%d)", u.Name, u.Count)
			if len(line)+len(item) > 76 {
				h.WriteString(line + "\n")
				line = " "
			}
			line += item
		}
		if strings.TrimSpace(line) != "" {
			h.WriteString(line + "\n")
		}
	}
	return semconv.WriteRegistry(w, e.Registry, h.String())
}
