package prcomment_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/prcomment"
	"github.com/obslint/obslint/internal/prcomment/prcommenttest"
)

func TestStickyGitHub(t *testing.T) {
	h := prcommenttest.New("secret", "acme/shop", 7)
	defer h.Close()
	h.PerPage = 3
	// Other comments, one quoting the marker, over several pages.
	for i := 0; i < 5; i++ {
		h.Add("alice", false, "looks good")
	}
	h.Add("mallory", false, "quoting "+prcomment.Marker("obslint"))
	tgt := prcomment.Target{Host: "github", API: h.URL, Token: "secret", Repo: "acme/shop", Number: 7}

	first, err := prcomment.Post(tgt, "obslint", "coverage 50%")
	if err != nil || first.Action != "created" {
		t.Fatalf("first post: %+v, %v", first, err)
	}
	second, err := prcomment.Post(tgt, "obslint", "coverage 60%")
	if err != nil || second.Action != "updated" || second.ID != first.ID {
		t.Fatalf("second post: %+v, %v; want the first comment (%d) updated", second, err, first.ID)
	}
	var ours []string
	for _, c := range h.Comments() {
		if strings.Contains(c.Body, "coverage") {
			ours = append(ours, c.Body)
		}
	}
	if len(ours) != 1 || !strings.HasSuffix(ours[0], "coverage 60%") || !strings.HasPrefix(ours[0], prcomment.Marker("obslint")) {
		t.Errorf("comments with the report: %q, want one, updated, with its marker", ours)
	}
	// Another report's comment is another comment.
	if other, err := prcomment.Post(tgt, "svc-b", "coverage 10%"); err != nil || other.Action != "created" || other.ID == first.ID {
		t.Errorf("second id: %+v, %v", other, err)
	}
	// A fork's read-only token.
	h.ReadOnly = true
	if _, err := prcomment.Post(tgt, "new", "x"); !errors.Is(err, prcomment.ErrForbidden) {
		t.Errorf("read-only token: %v, want ErrForbidden", err)
	}
	tgt.Token = "wrong"
	if _, err := prcomment.Post(tgt, "obslint", "x"); !errors.Is(err, prcomment.ErrForbidden) || strings.Contains(err.Error(), "wrong") {
		t.Errorf("bad token: %v", err)
	}
}

func TestStickyGitLab(t *testing.T) {
	h := prcommenttest.New("glpat", "42", 3)
	defer h.Close()
	h.PerPage = 2
	h.Add("bob", false, "hi")
	h.Add("bob", false, "hi again")
	h.Add("bob", false, "and again")
	tgt := prcomment.Target{Host: "gitlab", API: h.URL, Token: "glpat", Repo: "42", Number: 3}
	first, err := prcomment.Post(tgt, "obslint", "one")
	if err != nil || first.Action != "created" {
		t.Fatalf("%+v %v", first, err)
	}
	second, err := prcomment.Post(tgt, "obslint", "two")
	if err != nil || second.Action != "updated" || second.ID != first.ID {
		t.Fatalf("%+v %v", second, err)
	}
}

func TestCutToLimit(t *testing.T) {
	h := prcommenttest.New("t", "o/r", 1)
	defer h.Close()
	body := strings.Repeat("é", prcomment.MaxBody)
	if _, err := prcomment.Post(prcomment.Target{Host: "github", API: h.URL, Token: "t", Repo: "o/r", Number: 1}, "x", body); err != nil {
		t.Fatal(err)
	}
	c := h.Comments()[0].Body
	if len(c) > prcomment.MaxBody || !strings.HasSuffix(c, "cut to fit a comment.\n") || !strings.HasPrefix(c, prcomment.Marker("x")) {
		t.Errorf("cut body: %d bytes, ends %q", len(c), c[len(c)-30:])
	}
}
