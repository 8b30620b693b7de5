package logcalls_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/logcalls"
)

// TestWrapperFacts checks which functions the pass exports as wrappers.
func TestWrapperFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	a := logcalls.New(config.New(convention.Fixed{C: convention.Default()}))
	analysistest.Run(t, dir, a, "logcalls/wrappers")
}
