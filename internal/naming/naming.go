// Package naming splits identifiers into words and joins them in a
// naming case: snake_case metric and log key names from userID,
// HTTPStatus or request-id. Go initialisms stay one word (userID is
// user + ID, HTTPStatus is HTTP + Status).
package naming

import (
	"regexp"
	"strings"
	"unicode"
)

// Cases, as logs.key_case spells them.
const (
	Snake  = "snake"
	Camel  = "camel"
	Kebab  = "kebab"
	Pascal = "pascal"
	Dot    = "dot"
	Any    = "any"
)

var patterns = map[string]*regexp.Regexp{
	Snake:  regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`),
	Camel:  regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`),
	Kebab:  regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`),
	Pascal: regexp.MustCompile(`^[A-Z][a-zA-Z0-9]*$`),
	Dot:    regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`),
}

// Is reports whether s is written in case c (always true for Any or an
// unknown case).
func Is(c, s string) bool {
	re, ok := patterns[c]
	return !ok || re.MatchString(s)
}

// Words splits s at separators (_ - . : space) and at case changes,
// keeping runs of capitals together: "userID" -> user, ID;
// "HTTPStatus" -> HTTP, Status; "request_id2" -> request, id2.
func Words(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, string(rs[start:end]))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			// userId -> user|Id
			flush(i)
			start = i
		case unicode.IsUpper(prev) && unicode.IsLower(r) && i-1 > start:
			// HTTPStatus -> HTTP|Status
			flush(i - 1)
			start = i - 1
		}
	}
	flush(len(rs))
	return words
}

// To writes s in case c; Any returns s unchanged.
func To(c, s string) string {
	words := Words(s)
	if len(words) == 0 {
		return s
	}
	switch c {
	case Snake, Kebab, Dot:
		sep := map[string]string{Snake: "_", Kebab: "-", Dot: "."}[c]
		for i, w := range words {
			words[i] = strings.ToLower(w)
		}
		return strings.Join(words, sep)
	case Camel, Pascal:
		var b strings.Builder
		for i, w := range words {
			w = strings.ToLower(w)
			if i > 0 || c == Pascal {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
		}
		return b.String()
	}
	return s
}
