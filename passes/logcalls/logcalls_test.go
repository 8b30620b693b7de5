package logcalls_test

import (
	"fmt"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/passtest"
)

// TestWrapperFacts checks which functions the pass exports as wrappers.
func TestWrapperFacts(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	a := logcalls.New(config.New(convention.Fixed{C: convention.Default()}))
	analysistest.Run(t, dir, a, "logcalls/wrappers")
}

// describe reports each log call: its library, function, whether it
// writes a record, its message and the keys of its key/value list.
func describe(pass *analysis.Pass) {
	for _, c := range logcalls.Of(pass).Calls {
		msg := "-"
		if c.Msg != nil {
			msg = types.ExprString(c.Msg)
		}
		var keys []string
		for _, k := range c.Keys {
			name := "dynamic"
			if k.Const {
				name = k.Name
			}
			if k.Dangling {
				name += ":dangling"
			}
			keys = append(keys, name)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "call %s %s record=%v msg=%s keys=%s", c.Library, passtest.FuncName(pass, c.Func), c.Record, msg, passtest.List(keys, false))
		for _, flag := range []struct {
			on   bool
			name string
		}{{c.Format, "format"}, {c.Print, "print"}, {c.Spread, "spread"}} {
			if flag.on {
				b.WriteString(" " + flag.name)
			}
		}
		pass.Reportf(c.Call.Pos(), "%s", b.String())
	}
}

// TestWrappersAcrossPackages checks the wrapper facts of each library and
// shape, wrappers of wrappers known by fact, the package marker handed up
// the import graph, and the calls of wrappers the pass recognises, of this
// package and of others.
func TestWrappersAcrossPackages(t *testing.T) {
	t.Parallel()
	passtest.Run(t, passtest.Probe(passtest.Set(nil).LogCalls, describe),
		"passes/logcalls/base", "passes/logcalls/mid", "passes/logcalls/top")
}

// TestConventionWrapper checks that a wrapper the convention names is
// read as one, though the pass does not find it.
func TestConventionWrapper(t *testing.T) {
	t.Parallel()
	conv := convention.Default()
	conv.Logs.Wrappers = []string{"passes/logcalls/conv.Emit:2:3"}
	passtest.Run(t, passtest.Probe(passtest.Set(conv).LogCalls, describe), "passes/logcalls/conv")
}

// TestGoKit checks go-kit/log calls: Log through level.X, the message as
// the "msg" value, keys of unknown value (level.Key()), With, and a
// facade found as a wrapper.
func TestGoKit(t *testing.T) {
	t.Parallel()
	passtest.Run(t, passtest.Probe(passtest.Set(nil).LogCalls, describe), "passes/logcalls/gokit")
}

// TestKeyWrappers checks the facades taking a key or a map of fields
// (key wrapper facts) and the zap encoder keys a package's configuration
// names (package fact).
func TestKeyWrappers(t *testing.T) {
	t.Parallel()
	passtest.Run(t, passtest.Probe(passtest.Set(nil).LogCalls, describe), "passes/logcalls/keywrap")
}
