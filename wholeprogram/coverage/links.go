package coverage

import (
	"net/url"
	"path"
	"strconv"
	"strings"
)

// Links turns positions into links to the lines at the commit being
// reviewed, for the Markdown and HTML reports.
type Links struct {
	// Base is a URL prefix to which "path#Lline" is appended
	// ("https://github.com/o/r/blob/SHA/"), or a template holding {path}
	// and {line} for hosts that number lines otherwise
	// ("https://bitbucket.example/src/SHA/{path}#lines-{line}").
	Base string
	// Dir is the module root relative to the repository root,
	// slash-separated, "" when the module is the repository.
	Dir string
}

// URL returns the link to position ("file:line:col" or "file:line",
// relative to the module root), or "" when there is none: no Links, a
// position that is not a file of the repository.
func (l *Links) URL(position string) string {
	if l == nil || l.Base == "" {
		return ""
	}
	file, line := splitPosition(position)
	if file == "" || path.IsAbs(file) || strings.Contains(file, "\\") {
		return ""
	}
	p := path.Clean(path.Join(l.Dir, file))
	if p == ".." || strings.HasPrefix(p, "../") || p == "." {
		return ""
	}
	escaped := (&url.URL{Path: p}).EscapedPath()
	if strings.Contains(l.Base, "{path}") {
		u := strings.ReplaceAll(l.Base, "{path}", escaped)
		return strings.ReplaceAll(u, "{line}", strconv.Itoa(line))
	}
	u := l.Base
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	u += escaped
	if line > 0 {
		u += "#L" + strconv.Itoa(line)
	}
	return u
}

// splitPosition splits "file:line:col" or "file:line" into the file and
// the line (0 when there is none).
func splitPosition(pos string) (string, int) {
	rest := pos
	var nums []int
	for i := 0; i < 2; i++ {
		j := strings.LastIndexByte(rest, ':')
		if j < 0 {
			break
		}
		n, err := strconv.Atoi(rest[j+1:])
		if err != nil {
			break
		}
		nums = append(nums, n)
		rest = rest[:j]
	}
	switch len(nums) {
	case 2:
		return rest, nums[1]
	case 1:
		return rest, nums[0]
	}
	return pos, 0
}

// shortPosition drops the column: "api/app.go:41".
func shortPosition(pos string) string {
	file, line := splitPosition(pos)
	if line == 0 {
		return pos
	}
	return file + ":" + strconv.Itoa(line)
}
