// Package report computes obslint's observability coverage report and
// renders it: which entry points are observed and how, which of the
// module's functions under them are observed, and the blind spots, ranked
// by how many entry points reach them with nothing observed on the way.
//
// The JSON rendering is a public contract (docs/report.md): fields are
// added, never renamed or removed.
package coverage

import "github.com/obslint/obslint/wholeprogram/contract"

// Report is the whole report.
type Report struct {
	Version   int    `json:"version"` // of this JSON schema
	Module    string `json:"module"`
	CallGraph string `json:"callgraph"` // the algorithm used: cha, rta, vta, static
	// Base is the git revision of -base, when the report is restricted to
	// a change.
	Base        string       `json:"base,omitempty"`
	EntryPoints []EntryPoint `json:"entrypoints"`
	// LeftOut are functions shaped like entry points that are not
	// counted (mocks, test helpers, middleware, ServeHTTP types nothing
	// serves), with the reason.
	LeftOut    []LeftOut   `json:"left_out"`
	BlindSpots []BlindSpot `json:"blind_spots"`
	Totals     Totals      `json:"totals"`
	Packages   []Group     `json:"packages"`
	Owners     []Group     `json:"owners"`
	Naming     Naming      `json:"naming"`
	// Change is the pull request's share, with -base.
	Change *Change `json:"change,omitempty"`
	// BaseTotals are the whole program's totals at the -base revision,
	// for the change's before and after; absent without -base or when
	// the base could not be loaded (Warnings says why).
	BaseTotals *Totals `json:"base_totals,omitempty"`
	// TelemetryChanges is the telemetry contract diff with -base: the
	// metrics, labels, SLOs, span names, attribute and log keys added,
	// removed or changed since the base, breaking ones first; an empty
	// list when nothing changed, absent without -base.
	TelemetryChanges []contract.Change `json:"telemetry_changes,omitzero"`
	// Warnings are problems that did not stop the report: a base that
	// could not be loaded, a rule file that does not parse.
	Warnings []string `json:"warnings,omitzero"`

	// Links, when set, makes positions links in Markdown and HTML.
	Links *Links `json:"-"`
	// FullReport is where the full report is (a URL), named in notes
	// when lists are cut to fit a comment.
	FullReport string `json:"-"`
}

// EntryPoint is one entry point.
type EntryPoint struct {
	Function  string   `json:"function"` // as go/types prints it
	Position  string   `json:"position"` // file:line:col, relative to the module root
	Package   string   `json:"package"`
	Framework string   `json:"framework"`
	Observed  bool     `json:"observed"`
	Via       []string `json:"via"` // inside, helper, directive, middleware
	// Unknown is true when the way it is served could not be followed
	// (a router from outside the analysed packages, a registration that
	// cannot be found), so "not observed" is not a verdict.
	Unknown bool `json:"unknown"`
	// Reason says why it is unknown, or why it is not observed; for an
	// observed entry point, anything worth knowing about how.
	Reason string  `json:"reason,omitempty"`
	SLO    *string `json:"slo"`
	Owner  string  `json:"owner"`
	// Reached counts the module functions reachable from the entry point;
	// Covered those observed or under an observed function on every path
	// the report follows (Reached - len(Blind)).
	Reached int      `json:"reached"`
	Covered int      `json:"covered"`
	Blind   []string `json:"blind,omitempty"` // functions, sorted
	// Graph is the call graph around the entry point, for the HTML view.
	Graph *Graph `json:"-"`
}

// BlindSpot is an unobserved module function that entry points reach with
// nothing observed on the way.
type BlindSpot struct {
	Function     string `json:"function"`
	Position     string `json:"position"`
	EntryPoints  int    `json:"entrypoints"` // how many reach it blind
	ReturnsError bool   `json:"returns_error"`
	// DoesIO is set when it does file I/O itself (os, io/ioutil, fs);
	// OutOfProcess when it calls out of the process itself, to what
	// Calls names ("database/sql", "an HTTP client", "Redis").
	DoesIO       bool     `json:"does_io"`
	OutOfProcess bool     `json:"out_of_process"`
	Calls        []string `json:"calls,omitempty"`
	// Reason says why it ranks where it does.
	Reason string `json:"reason"`
	Owner  string `json:"owner"`
}

// Totals are coverage numbers over a set of entry points.
type Totals struct {
	EntryPoints int `json:"entrypoints"`
	Observed    int `json:"observed"`
	WithSLO     int `json:"with_slo"`
	// Coverage is the share of observed entry points, 0..100.
	Coverage float64 `json:"coverage"`
	// SLOCoverage is the share with an SLO; DepthCoverage the share of
	// reached functions that are covered, over all entry points.
	SLOCoverage   float64 `json:"slo_coverage"`
	DepthCoverage float64 `json:"depth_coverage"`
	Reached       int     `json:"reached"`
	Covered       int     `json:"covered"`
}

// Group is the totals of one package or owner.
type Group struct {
	Name   string `json:"name"`
	Totals Totals `json:"totals"`
}

// Naming counts the naming analyzers' findings.
type Naming struct {
	Metrics         int            `json:"metrics"` // metric definitions found
	MetricFindings  int            `json:"metric_findings"`
	LogFindings     int            `json:"log_findings"`
	FindingsByCheck map[string]int `json:"findings_by_check"`
}

// Change is the share of a change (-base): the entry points and blind
// spots in functions the diff adds or modifies.
type Change struct {
	Totals      Totals   `json:"totals"`
	EntryPoints []string `json:"entrypoints"` // functions
	BlindSpots  []string `json:"blind_spots"`
}

// Graph is a call graph around one entry point: nodes are module
// functions, the first is the entry point.
type Graph struct {
	Nodes []Node
	Edges [][2]int // caller, callee indexes into Nodes
}

// Node is one function in a Graph.
type Node struct {
	Function string
	Label    string // short name
	Observed bool
	Blind    bool
	Depth    int // shortest distance from the entry point
}

// totals computes Totals over entry points.
func totals(eps []EntryPoint) Totals {
	var t Totals
	for _, ep := range eps {
		t.EntryPoints++
		if ep.Observed {
			t.Observed++
		}
		if ep.SLO != nil {
			t.WithSLO++
		}
		t.Reached += ep.Reached
		t.Covered += ep.Covered
	}
	t.Coverage = percent(t.Observed, t.EntryPoints)
	t.SLOCoverage = percent(t.WithSLO, t.EntryPoints)
	t.DepthCoverage = percent(t.Covered, t.Reached)
	return t
}

// percent is 100*n/d rounded to one decimal; 100 when d is 0 (nothing to
// cover is fully covered, as go test -cover says of no statements).
func percent(n, d int) float64 {
	if d == 0 {
		return 100
	}
	return float64(int(1000*float64(n)/float64(d)+0.5)) / 10
}
