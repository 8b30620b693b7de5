package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/internal/prcomment"
	"github.com/obslint/obslint/internal/prcomment/prcommenttest"
)

// actionStep returns the run script and env keys of the action's step.
func actionStep(t *testing.T, name string) (string, []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Runs struct {
			Steps []struct {
				Name string            `yaml:"name"`
				Run  string            `yaml:"run"`
				Env  map[string]string `yaml:"env"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	for _, s := range action.Runs.Steps {
		if s.Name == name {
			var keys []string
			for k := range s.Env {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			return s.Run, keys
		}
	}
	t.Fatalf("action.yml has no step %q", name)
	return "", nil
}

// TestActionStickyComment runs the action's "Coverage report" step, the
// script itself, with bash, against a local stand-in for the GitHub API:
// on a pull request that adds an unobserved handler the first screen of
// the comment says so, with a link to its line and the coverage delta;
// a second push edits the same comment; a fork's read-only token sends
// the report to the job summary.
func TestActionStickyComment(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	bin := buildObslint(t)
	script, keys := actionStep(t, "Coverage report")
	dir := contractRepo(t)
	baseSHA := strings.TrimSpace(mustRun(t, dir, "git", "rev-parse", "HEAD"))

	src := strings.Replace(contractBase, `mux.HandleFunc("/login", Login)`, "mux.HandleFunc(\"/login\", Login)\n\tmux.HandleFunc(\"/signup\", Signup)", 1)
	src += "\n// Signup signs up.\nfunc Signup(w http.ResponseWriter, r *http.Request) {}\n"
	commit := func(content, msg string) string {
		t.Helper()
		os.WriteFile(filepath.Join(dir, "shop.go"), []byte(content), 0o644)
		mustRun(t, dir, "git", "commit", "-q", "-am", msg)
		return strings.TrimSpace(mustRun(t, dir, "git", "rev-parse", "HEAD"))
	}
	head := commit(src, "add signup")

	h := prcommenttest.New("s3cret", "acme/shop", 7)
	defer h.Close()
	h.Add("alice", false, "please add metrics")
	tmp := t.TempDir()
	event := filepath.Join(tmp, "event.json")
	os.WriteFile(event, []byte(`{"pull_request":{"number":7,"head":{"sha":"`+head+`"},"base":{"sha":"`+baseSHA+`"}}}`), 0o644)
	summary := filepath.Join(tmp, "summary.md")
	stepEnv := map[string]string{
		"REPORT_ARGS":  "",
		"PACKAGES":     "./...",
		"BASE":         baseSHA,
		"COMMENT":      "true",
		"COMMENT_ID":   "",
		"WORKDIR":      ".",
		"GITHUB_TOKEN": "s3cret",
		"RUN_URL":      "https://github.com/acme/shop/actions/runs/1",
	}
	for _, k := range keys {
		if _, ok := stepEnv[k]; !ok {
			t.Fatalf("the step reads %s, which the test does not set", k)
		}
	}
	runStep := func(sha string) (string, int) {
		t.Helper()
		cmd := exec.Command(bash, "-c", script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(),
			"PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"),
			"GITHUB_ACTIONS=true", "GITHUB_API_URL="+h.URL, "GITHUB_REPOSITORY=acme/shop",
			"GITHUB_SERVER_URL=https://github.com", "GITHUB_SHA="+sha, "GITHUB_EVENT_PATH="+event,
			"GITHUB_STEP_SUMMARY="+summary, "GITHUB_OUTPUT="+filepath.Join(tmp, "output"), "RUNNER_TEMP="+tmp,
			"GIT_CONFIG_GLOBAL=/dev/null")
		for k, v := range stepEnv {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), code
	}

	out, code := runStep(head)
	if code != 0 {
		t.Fatalf("step: exit %d\n%s", code, out)
	}
	ours := func() []prcommenttest.Comment {
		var cs []prcommenttest.Comment
		for _, c := range h.Comments() {
			if strings.Contains(c.Body, prcomment.Marker("obslint:.")) {
				cs = append(cs, c)
			}
		}
		return cs
	}
	cs := ours()
	if len(cs) != 1 {
		t.Fatalf("%d comments with the marker, want 1:\n%s", len(cs), out)
	}
	first := strings.Join(strings.SplitN(cs[0].Body, "\n", 14)[:13], "\n")
	for _, want := range []string{
		"**Entry points observed: 100.0% → 50.0% (−50.0)**",
		"This change adds or modifies **1 entry point, 0 observed**",
		"| `shop.Signup` | ❔ registered out of sight | - | [shop.go:",
		"](https://github.com/acme/shop/blob/" + head + "/shop.go#L",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("the comment's first screen lacks %q:\n%s", want, first)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(tmp, "obslint-report", "report.html")); !strings.Contains(string(data), "Signup") {
		t.Error("the step wrote no HTML report to upload")
	}

	// A second push: the same comment, edited.
	head2 := commit(strings.Replace(src, "func Signup(w http.ResponseWriter, r *http.Request) {}", "//\n//autometrics:inst\nfunc Signup(w http.ResponseWriter, r *http.Request) {}", 1), "instrument signup")
	os.WriteFile(event, []byte(`{"pull_request":{"number":7,"head":{"sha":"`+head2+`"}}}`), 0o644)
	if out, code := runStep(head2); code != 0 {
		t.Fatalf("second push: exit %d\n%s", code, out)
	}
	cs2 := ours()
	if len(cs2) != 1 || cs2[0].ID != cs[0].ID {
		t.Fatalf("after a second push: %d comments (ids %v), want comment %d edited", len(cs2), cs2, cs[0].ID)
	}
	if !strings.Contains(cs2[0].Body, "**1 entry point, 1 observed**") {
		t.Errorf("the edited comment does not show the second push:\n%s", cs2[0].Body)
	}
	if len(h.Comments()) != 2 {
		t.Errorf("%d comments, want alice's and ours", len(h.Comments()))
	}
	if strings.Contains(out, "s3cret") {
		t.Error("the step printed the token")
	}

	// A fork: the token may not comment; the report goes to the summary.
	h.ReadOnly = true
	stepEnv["COMMENT_ID"] = "fork"
	out, code = runStep(head2)
	if code != 0 {
		t.Fatalf("fork: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(summary)
	if !strings.Contains(string(data), "## Observability of this change") || !strings.Contains(out, "wrote the report to the job summary") {
		t.Errorf("fork: the report is not in the job summary:\n%s\nsummary:\n%s", out, data)
	}
}

func mustRun(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	out, code := runIn(t, dir, name, args...)
	if code != 0 {
		t.Fatalf("%s %v: exit %d\n%s", name, args, code, out)
	}
	return out
}
