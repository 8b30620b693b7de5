package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestAction keeps the GitHub Action at the repository root in step with
// the CLI: every input it reads is declared, every lint flag it passes
// exists, and every shell step parses.
func TestAction(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct {
			Description string `yaml:"description"`
		} `yaml:"inputs"`
		Runs struct {
			Using string `yaml:"using"`
			Steps []struct {
				Name  string            `yaml:"name"`
				Shell string            `yaml:"shell"`
				Run   string            `yaml:"run"`
				Env   map[string]string `yaml:"env"`
				With  map[string]string `yaml:"with"`
				If    string            `yaml:"if"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if action.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", action.Runs.Using)
	}
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(string(data), -1) {
		if _, ok := action.Inputs[m[1]]; !ok {
			t.Errorf("action.yml reads undeclared input %q", m[1])
		}
	}
	var o lintOptions
	fs := lintFlags(&o)
	passed := regexp.MustCompile(`flags\+?=\(.*?(-[a-z-]+) `).FindAllStringSubmatch(string(data), -1)
	if len(passed) < 3 {
		t.Errorf("found %d lint flags in action.yml, want -format, -baseline and -new-from-rev", len(passed))
	}
	for _, m := range passed {
		if fs.Lookup(m[1][1:]) == nil {
			t.Errorf("action.yml passes unknown lint flag %s", m[1])
		}
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		return
	}
	for _, s := range action.Runs.Steps {
		if s.Run == "" {
			continue
		}
		if s.Shell != "bash" {
			t.Errorf("step %q: shell %q, want bash (composite steps must name one)", s.Name, s.Shell)
		}
		cmd := exec.Command(bash, "-n")
		cmd.Stdin = strings.NewReader(s.Run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("step %q does not parse: %v\n%s", s.Name, err, out)
		}
	}
}
