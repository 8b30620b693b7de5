package main

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/obslint/obslint/internal/gitdiff"
	"github.com/obslint/obslint/wholeprogram/coverage"
)

// reportLinks decides where the report's positions link: -link-base,
// else the CI's environment (GitHub Actions, GitLab CI), else nowhere.
// The links point at the module's files in the repository, at the commit
// analysed.
func reportLinks(flagBase string, getenv func(string) string, repoRoot, moduleRoot string) *coverage.Links {
	base := flagBase
	if base == "" {
		base = ciLinkBase(getenv, repoRoot)
	}
	if base == "" || !httpURL(strings.NewReplacer("{path}", "p", "{line}", "1").Replace(base)) {
		return nil
	}
	dir := ""
	if repoRoot != "" && moduleRoot != "" {
		r, m := realPath(repoRoot), realPath(moduleRoot)
		if rel, err := filepath.Rel(r, m); err == nil && rel != "." && filepath.IsLocal(rel) {
			dir = filepath.ToSlash(rel)
		}
	}
	return &coverage.Links{Base: base, Dir: dir}
}

// ciLinkBase is the blob URL prefix of the commit analysed, from the
// environment of GitHub Actions or GitLab CI. On a GitHub pull request
// the checkout is usually the merge commit (GITHUB_SHA), whose lines are
// the ones analysed; when the checkout is the pull request's head, links
// go to the head.
func ciLinkBase(getenv func(string) string, repoRoot string) string {
	if getenv("GITHUB_ACTIONS") == "true" {
		server, repo, sha := getenv("GITHUB_SERVER_URL"), getenv("GITHUB_REPOSITORY"), getenv("GITHUB_SHA")
		if server == "" || repo == "" || sha == "" {
			return ""
		}
		if head := prHeadSHA(getenv("GITHUB_EVENT_PATH")); head != "" && repoRoot != "" && gitdiff.Head(repoRoot) == head {
			sha = head
		}
		return strings.TrimSuffix(server, "/") + "/" + repo + "/blob/" + sha + "/"
	}
	if getenv("GITLAB_CI") == "true" {
		project, sha := getenv("CI_PROJECT_URL"), getenv("CI_COMMIT_SHA")
		if project == "" || sha == "" {
			return ""
		}
		return strings.TrimSuffix(project, "/") + "/-/blob/" + sha + "/"
	}
	return ""
}

// prHeadSHA reads the pull request's head commit from a GitHub event
// payload, "" when there is none.
func prHeadSHA(eventPath string) string {
	if eventPath == "" {
		return ""
	}
	data, err := os.ReadFile(eventPath)
	if err != nil {
		return ""
	}
	var ev struct {
		PullRequest struct {
			Head struct {
				SHA string `json:"sha"`
			} `json:"head"`
		} `json:"pull_request"`
	}
	if json.Unmarshal(data, &ev) != nil {
		return ""
	}
	return ev.PullRequest.Head.SHA
}

func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}
