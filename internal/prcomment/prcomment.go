// Package prcomment posts a report as one sticky comment on a pull
// request (GitHub) or merge request (GitLab): the comment carries a
// hidden marker, and a later run edits the comment with that marker
// instead of adding another. It speaks the hosts' REST APIs with the
// standard library only, so that a CI runner needs nothing but obslint.
package prcomment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// MaxBody is the longest comment body the hosts accept (GitHub: 65,536
// characters); a longer report is cut with a note.
const MaxBody = 65536

// Marker is the hidden line that identifies the comment of one report:
// id tells several reports of one pull request apart (one per module).
func Marker(id string) string {
	if id == "" {
		id = "obslint"
	}
	return "<!-- obslint-comment: " + strings.NewReplacer("--", "-", ">", "").Replace(id) + " -->"
}

// Target says where to post.
type Target struct {
	Host  string // "github" or "gitlab"
	API   string // API base URL: https://api.github.com, https://gitlab.example/api/v4
	Token string
	// Repo is "owner/name" (GitHub) or the project ID or path (GitLab);
	// Number the pull request's number or the merge request's IID.
	Repo   string
	Number int
	Client *http.Client
}

// Result says what Post did.
type Result struct {
	Action string // "created" or "updated"
	ID     int64
	URL    string
}

// ErrForbidden is returned when the token may not comment (a pull
// request from a fork gets a read-only token): the caller falls back to
// the job summary.
var ErrForbidden = errors.New("the token may not comment here")

// Post creates the comment, or updates the one carrying the marker.
func Post(t Target, id, body string) (Result, error) {
	marker := Marker(id)
	full := marker + "\n" + body
	if len(full) > MaxBody {
		note := "\n\n… cut to fit a comment.\n"
		cut := MaxBody - len(note)
		for cut > 0 && !utf8Start(full[cut]) {
			cut--
		}
		full = full[:cut] + note
	}
	if t.Client == nil {
		t.Client = &http.Client{Timeout: 30 * time.Second}
	}
	switch t.Host {
	case "github":
		return postGitHub(t, marker, full)
	case "gitlab":
		return postGitLab(t, marker, full)
	}
	return Result{}, fmt.Errorf("unknown host %q (github or gitlab)", t.Host)
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

type comment struct {
	ID   int64  `json:"id"`
	Body string `json:"body"`
	URL  string `json:"html_url"`
	User struct {
		Login string `json:"login"`
		Type  string `json:"type"`
	} `json:"user"`
	Author struct { // GitLab
		Username string `json:"username"`
		Bot      bool   `json:"bot"`
	} `json:"author"`
	System bool `json:"system"` // GitLab
}

// pick chooses the comment to update among those carrying the marker:
// a bot's first (the one the action made), else the first.
func pick(cs []comment, marker string) *comment {
	var first *comment
	for i := range cs {
		c := &cs[i]
		if c.System || !strings.Contains(c.Body, marker) {
			continue
		}
		if c.User.Type == "Bot" || c.Author.Bot {
			return c
		}
		if first == nil {
			first = c
		}
	}
	return first
}

func postGitHub(t Target, marker, body string) (Result, error) {
	base := strings.TrimSuffix(t.API, "/") + "/repos/" + escapeRepo(t.Repo) + "/issues/" + strconv.Itoa(t.Number) + "/comments"
	auth := func(r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+t.Token)
		r.Header.Set("Accept", "application/vnd.github+json")
		r.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	}
	var all []comment
	next := base + "?per_page=100"
	for page := 0; next != "" && page < 50; page++ {
		var cs []comment
		resp, err := do(t.Client, "GET", next, nil, auth, &cs)
		if err != nil {
			return Result{}, err
		}
		all = append(all, cs...)
		next = nextLink(resp.Header.Get("Link"))
	}
	payload := map[string]string{"body": body}
	if c := pick(all, marker); c != nil {
		var out comment
		u := strings.TrimSuffix(t.API, "/") + "/repos/" + escapeRepo(t.Repo) + "/issues/comments/" + strconv.FormatInt(c.ID, 10)
		if _, err := do(t.Client, "PATCH", u, payload, auth, &out); err == nil {
			return Result{Action: "updated", ID: out.ID, URL: out.URL}, nil
		} else if !errors.Is(err, ErrForbidden) {
			return Result{}, err
		}
		// Not ours to edit (another user's comment quoting the marker): a new one.
	}
	var out comment
	if _, err := do(t.Client, "POST", base, payload, auth, &out); err != nil {
		return Result{}, err
	}
	return Result{Action: "created", ID: out.ID, URL: out.URL}, nil
}

func postGitLab(t Target, marker, body string) (Result, error) {
	base := strings.TrimSuffix(t.API, "/") + "/projects/" + url.PathEscape(t.Repo) + "/merge_requests/" + strconv.Itoa(t.Number) + "/notes"
	auth := func(r *http.Request) { r.Header.Set("PRIVATE-TOKEN", t.Token) }
	var all []comment
	for page := 1; page > 0 && page <= 50; {
		var cs []comment
		resp, err := do(t.Client, "GET", base+"?per_page=100&sort=asc&order_by=created_at&page="+strconv.Itoa(page), nil, auth, &cs)
		if err != nil {
			return Result{}, err
		}
		all = append(all, cs...)
		page, _ = strconv.Atoi(resp.Header.Get("X-Next-Page"))
	}
	payload := map[string]string{"body": body}
	if c := pick(all, marker); c != nil {
		var out comment
		if _, err := do(t.Client, "PUT", base+"/"+strconv.FormatInt(c.ID, 10), payload, auth, &out); err == nil {
			return Result{Action: "updated", ID: out.ID}, nil
		} else if !errors.Is(err, ErrForbidden) {
			return Result{}, err
		}
	}
	var out comment
	if _, err := do(t.Client, "POST", base, payload, auth, &out); err != nil {
		return Result{}, err
	}
	return Result{Action: "created", ID: out.ID}, nil
}

// escapeRepo escapes each part of "owner/name".
func escapeRepo(repo string) string {
	owner, name, _ := strings.Cut(repo, "/")
	return url.PathEscape(owner) + "/" + url.PathEscape(name)
}

var linkNext = regexp.MustCompile(`<([^>]+)>;\s*rel="next"`)

func nextLink(h string) string {
	if m := linkNext.FindStringSubmatch(h); m != nil {
		return m[1]
	}
	return ""
}

// do sends one request and decodes the JSON answer into out. 401, 403
// and 404 are ErrForbidden (GitHub answers 403 "Resource not accessible
// by integration" to a fork's token, GitLab 401 or 403; 404 is what both
// answer when the token may not see the repository).
func do(c *http.Client, method, u string, payload any, auth func(*http.Request), out any) (*http.Response, error) {
	var body io.Reader
	if payload != nil {
		data, err := json.Marshal(payload)
		if err != nil {
			return nil, err
		}
		body = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		return nil, err
	}
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("User-Agent", "obslint")
	auth(req)
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, redact(u), err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return nil, err
	}
	switch {
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden || resp.StatusCode == http.StatusNotFound:
		return resp, fmt.Errorf("%s %s: %s: %w", method, redact(u), status(resp, data), ErrForbidden)
	case resp.StatusCode/100 != 2:
		return resp, fmt.Errorf("%s %s: %s", method, redact(u), status(resp, data))
	}
	if out != nil && len(data) > 0 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp, fmt.Errorf("%s %s: %v", method, redact(u), err)
		}
	}
	return resp, nil
}

// status is the response's status and the host's message, short.
func status(resp *http.Response, data []byte) string {
	var m struct {
		Message any `json:"message"`
	}
	msg := ""
	if json.Unmarshal(data, &m) == nil && m.Message != nil {
		msg = fmt.Sprint(m.Message)
	}
	if len(msg) > 200 {
		msg = msg[:200]
	}
	if msg == "" {
		return resp.Status
	}
	return resp.Status + " (" + msg + ")"
}

// redact drops a URL's query and user info from messages.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "the API"
	}
	p.RawQuery, p.User = "", nil
	return p.String()
}
