// Package prcommenttest is a stand-in for the GitHub and GitLab comment
// APIs, for tests: an in-memory list of comments behind an
// httptest.Server on the loopback interface.
package prcommenttest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

// Comment is one stored comment.
type Comment struct {
	ID     int64
	Body   string
	Author string
	Bot    bool
}

// Host is a fake GitHub (Repo "owner/name", pull request Number) and
// GitLab (project Repo, merge request Number) at once.
type Host struct {
	*httptest.Server
	Token  string
	Repo   string
	Number int
	// ReadOnly answers 403 to writes, as GitHub does to a fork's token.
	ReadOnly bool
	// PerPage is the page size of listings (GitHub caps it at 100).
	PerPage int

	mu       sync.Mutex
	comments []Comment
	nextID   int64
	// Requests are "METHOD path" of every request, in order.
	Requests []string
}

// New starts a fake host.
func New(token, repo string, number int) *Host {
	h := &Host{Token: token, Repo: repo, Number: number, PerPage: 100, nextID: 1000}
	h.Server = httptest.NewServer(http.HandlerFunc(h.serve))
	return h
}

// Add stores a comment made by someone else.
func (h *Host) Add(author string, bot bool, body string) int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.nextID++
	h.comments = append(h.comments, Comment{ID: h.nextID, Body: body, Author: author, Bot: bot})
	return h.nextID
}

// Comments returns a copy of the stored comments.
func (h *Host) Comments() []Comment {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Comment(nil), h.comments...)
}

func (h *Host) serve(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.Requests = append(h.Requests, r.Method+" "+r.URL.Path)
	gh := "/repos/" + h.Repo + "/issues/" + strconv.Itoa(h.Number) + "/comments"
	ghOne := "/repos/" + h.Repo + "/issues/comments/"
	gl := "/projects/" + strings.ReplaceAll(h.Repo, "/", "%2F") + "/merge_requests/" + strconv.Itoa(h.Number) + "/notes"
	path := r.URL.EscapedPath()
	github := strings.HasPrefix(path, "/repos/")
	switch {
	case github && r.Header.Get("Authorization") != "Bearer "+h.Token,
		!github && r.Header.Get("PRIVATE-TOKEN") != h.Token:
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
	case r.Method == "GET" && (path == gh || path == gl):
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		if page < 1 {
			page = 1
		}
		per := h.PerPage
		from, to := (page-1)*per, page*per
		if from > len(h.comments) {
			from = len(h.comments)
		}
		if to > len(h.comments) {
			to = len(h.comments)
		}
		if to < len(h.comments) {
			if github {
				w.Header().Set("Link", fmt.Sprintf(`<%s%s?per_page=%d&page=%d>; rel="next"`, h.URL, gh, per, page+1))
			} else {
				w.Header().Set("X-Next-Page", strconv.Itoa(page+1))
			}
		}
		var out []map[string]any
		for _, c := range h.comments[from:to] {
			out = append(out, h.render(c, github))
		}
		if out == nil {
			out = []map[string]any{}
		}
		json.NewEncoder(w).Encode(out)
	case h.ReadOnly && r.Method != "GET":
		http.Error(w, `{"message":"Resource not accessible by integration"}`, http.StatusForbidden)
	case r.Method == "POST" && (path == gh || path == gl):
		var in struct{ Body string }
		json.NewDecoder(r.Body).Decode(&in)
		h.nextID++
		c := Comment{ID: h.nextID, Body: in.Body, Author: "github-actions[bot]", Bot: true}
		h.comments = append(h.comments, c)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(h.render(c, github))
	case (r.Method == "PATCH" && strings.HasPrefix(path, ghOne)) || (r.Method == "PUT" && strings.HasPrefix(path, gl+"/")):
		id, _ := strconv.ParseInt(path[strings.LastIndexByte(path, '/')+1:], 10, 64)
		for i, c := range h.comments {
			if c.ID != id {
				continue
			}
			if !c.Bot {
				http.Error(w, `{"message":"Forbidden"}`, http.StatusForbidden)
				return
			}
			var in struct{ Body string }
			json.NewDecoder(r.Body).Decode(&in)
			h.comments[i].Body = in.Body
			json.NewEncoder(w).Encode(h.render(h.comments[i], github))
			return
		}
		http.Error(w, `{"message":"Not Found"}`, http.StatusNotFound)
	default:
		http.Error(w, `{"message":"Not Found"}`, http.StatusNotFound)
	}
}

func (h *Host) render(c Comment, github bool) map[string]any {
	if github {
		typ := "User"
		if c.Bot {
			typ = "Bot"
		}
		return map[string]any{"id": c.ID, "body": c.Body, "html_url": fmt.Sprintf("https://github.example/%s/pull/%d#issuecomment-%d", h.Repo, h.Number, c.ID), "user": map[string]any{"login": c.Author, "type": typ}}
	}
	return map[string]any{"id": c.ID, "body": c.Body, "system": false, "author": map[string]any{"username": c.Author, "bot": c.Bot}}
}
