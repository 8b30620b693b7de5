package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/prcomment"
	"github.com/obslint/obslint/internal/safetext"
)

const commentUsage = `usage: obslint comment [flags] FILE

Posts FILE (a Markdown report; - for standard input) as one sticky
comment on the pull request (GitHub Actions) or merge request (GitLab CI)
the job runs for: the first run creates the comment, later runs edit it.
Where the job may not comment (a pull request from a fork gets a
read-only token, no token, not a pull request) the report goes to the job
summary instead ($GITHUB_STEP_SUMMARY) and the exit code is 0.

GitHub reads GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_EVENT_PATH (the pull
request's number) and the token in GITHUB_TOKEN; the workflow needs
"permissions: pull-requests: write". GitLab reads CI_API_V4_URL,
CI_PROJECT_ID, CI_MERGE_REQUEST_IID and a token with the api scope in
GITLAB_TOKEN (a CI job token may not write notes).

Flags:
`

// runComment implements "obslint comment".
func runComment(args []string) int {
	return commentMain(args, os.Getenv, os.Stdin, os.Stdout, os.Stderr)
}

func commentMain(args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("obslint comment", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, commentUsage)
		fs.PrintDefaults()
	}
	host := fs.String("host", "", "`host`: github or gitlab (default: from the CI's environment)")
	id := fs.String("id", "obslint", "`name` of the comment, to keep one per report when a pull request has several (one per module)")
	number := fs.Int("pr", 0, "pull or merge request `number` (default: from the CI's environment)")
	tokenEnv := fs.String("token-env", "", "environment `variable` holding the token (default GITHUB_TOKEN, or GITLAB_TOKEN)")
	summary := fs.String("summary", "", "`file` to append the report to when it cannot be posted (default $GITHUB_STEP_SUMMARY)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var body []byte
	var err error
	if fs.Arg(0) == "-" {
		body, err = io.ReadAll(stdin)
	} else {
		body, err = os.ReadFile(fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(stderr, "obslint comment:", err)
		return exitUsage
	}
	if *host == "" {
		switch {
		case getenv("GITHUB_ACTIONS") == "true":
			*host = "github"
		case getenv("GITLAB_CI") == "true":
			*host = "gitlab"
		default:
			fmt.Fprintln(stderr, "obslint comment: not in GitHub Actions or GitLab CI; say where with -host")
			return exitUsage
		}
	}
	if *summary == "" {
		*summary = getenv("GITHUB_STEP_SUMMARY")
	}
	t := prcomment.Target{Host: *host}
	switch *host {
	case "github":
		t.API = getenv("GITHUB_API_URL")
		if t.API == "" {
			t.API = "https://api.github.com"
		}
		t.Repo = getenv("GITHUB_REPOSITORY")
		if *tokenEnv == "" {
			*tokenEnv = "GITHUB_TOKEN"
		}
		if *number == 0 {
			*number = pullRequestNumber(getenv("GITHUB_EVENT_PATH"))
		}
	case "gitlab":
		t.API = getenv("CI_API_V4_URL")
		t.Repo = getenv("CI_PROJECT_ID")
		if *tokenEnv == "" {
			*tokenEnv = "GITLAB_TOKEN"
		}
		if *number == 0 {
			*number, _ = strconv.Atoi(getenv("CI_MERGE_REQUEST_IID"))
		}
	default:
		fmt.Fprintf(stderr, "obslint comment: unknown -host %q (github or gitlab)\n", *host)
		return exitUsage
	}
	t.Number, t.Token = *number, getenv(*tokenEnv)
	fallback := func(why string) int {
		if *summary == "" {
			fmt.Fprintf(stderr, "obslint comment: %s, and there is no job summary to write to\n", why)
			return exitFindings
		}
		f, err := os.OpenFile(*summary, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		if err == nil {
			_, err = f.Write(body)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "obslint comment:", err)
			return exitFindings
		}
		fmt.Fprintf(stdout, "obslint comment: %s; wrote the report to the job summary\n", why)
		return exitClean
	}
	switch {
	case t.Number == 0:
		return fallback("not a pull or merge request")
	case t.Repo == "" || t.API == "":
		return fallback("the CI's environment does not say which repository")
	case t.Token == "":
		return fallback("no token in " + *tokenEnv)
	}
	res, err := prcomment.Post(t, *id, string(body))
	if errors.Is(err, prcomment.ErrForbidden) {
		fmt.Fprintln(stderr, "obslint comment:", safetext.Escape(err.Error()))
		return fallback("the token may not comment (on GitHub, a pull request from a fork gets a read-only token; the workflow needs permissions: pull-requests: write)")
	}
	if err != nil {
		fmt.Fprintln(stderr, "obslint comment:", safetext.Escape(err.Error()))
		if code := fallback("posting failed"); code != exitClean {
			return code
		}
		return exitFindings
	}
	where := ""
	if res.URL != "" {
		where = " (" + safetext.Escape(res.URL) + ")"
	}
	fmt.Fprintf(stdout, "obslint comment: %s comment %d on %s %s#%d%s\n", res.Action, res.ID, *host, safetext.Escape(t.Repo), t.Number, where)
	return exitClean
}

// pullRequestNumber reads the pull request's number from a GitHub event
// payload (pull_request, pull_request_target, or an issue comment on a
// pull request), 0 when there is none.
func pullRequestNumber(eventPath string) int {
	if eventPath == "" {
		return 0
	}
	data, err := os.ReadFile(eventPath)
	if err != nil {
		return 0
	}
	var ev struct {
		Number      int `json:"number"`
		PullRequest *struct {
			Number int `json:"number"`
		} `json:"pull_request"`
		Issue *struct {
			Number      int             `json:"number"`
			PullRequest json.RawMessage `json:"pull_request"`
		} `json:"issue"`
	}
	if json.Unmarshal(data, &ev) != nil {
		return 0
	}
	switch {
	case ev.PullRequest != nil && ev.PullRequest.Number != 0:
		return ev.PullRequest.Number
	case ev.Issue != nil && len(ev.Issue.PullRequest) > 0 && !strings.EqualFold(string(ev.Issue.PullRequest), "null"):
		return ev.Issue.Number
	}
	return 0
}
