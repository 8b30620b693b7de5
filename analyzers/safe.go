package analyzers

import (
	"fmt"
	"runtime/debug"
	"sync"

	"golang.org/x/tools/go/analysis"
)

var (
	guardMu sync.Mutex
	guarded = make(map[*analysis.Analyzer]bool)
)

// guard makes every analyzer of the graph rooted at as turn a panic into
// an analysis error naming the analyzer and the package. A bug in obslint
// must cost one package's findings, not the whole run: under go vet a
// panicking tool process fails the package and every package importing
// it. Shared analyzers are wrapped once.
func guard(as []*analysis.Analyzer) {
	guardMu.Lock()
	defer guardMu.Unlock()
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if guarded[a] {
			return
		}
		guarded[a] = true
		run := a.Run
		name := a.Name
		a.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("internal error in obslint analyzer %s on package %s: %v (please report it)\n%s", name, pass.Pkg.Path(), r, debug.Stack())
				}
			}()
			return run(pass)
		}
		for _, req := range a.Requires {
			visit(req)
		}
	}
	for _, a := range as {
		visit(a)
	}
}
