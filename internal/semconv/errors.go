package semconv

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is a problem in a registry file, located at the key or value at
// fault. Its text is "file:line:col: key: message", the form convention
// errors take, which editors and CI annotations understand.
type Error struct {
	File      string
	Line, Col int
	Key       string // path such as "groups[2].attributes[0].type"; may be empty
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// maxQuote is the longest excerpt of a value an error repeats: registry
// files are untrusted input, and an error message is no place for a
// megabyte of someone else's text or their terminal escapes.
const maxQuote = 40

// quote returns s as a short Go-quoted excerpt: at most maxQuote runes,
// with "..." when cut, control characters escaped.
func quote(s string) string {
	if utf8.RuneCountInString(s) > maxQuote {
		n := 0
		for i := range s {
			if n == maxQuote {
				return strconv.Quote(s[:i]) + "..."
			}
			n++
		}
	}
	return strconv.Quote(s)
}
