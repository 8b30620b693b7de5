package program

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
)

// testImports returns, for the packages matching patterns, the packages
// their tests import (TestImports and XTestImports), which the program,
// loaded without tests, does not see. The report leaves out packages only
// tests import (test helpers, fixtures). An error is not fatal: without
// it nothing is left out.
func testImports(patterns []string, opts Options) map[string]bool {
	args := []string{"list", "-e", "-json=ImportPath,TestImports,XTestImports"}
	if opts.Tags != "" {
		args = append(args, "-tags="+opts.Tags)
	}
	args = append(args, "--")
	args = append(args, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = opts.Dir
	cmd.Env = opts.Env
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	used := make(map[string]bool)
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct{ TestImports, XTestImports []string }
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil
		}
		for _, imp := range append(p.TestImports, p.XTestImports...) {
			used[imp] = true
		}
	}
	return used
}
