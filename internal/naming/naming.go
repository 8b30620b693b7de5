// Package naming splits names into words and writes them in a naming
// case, as logs.key_case and the Prometheus rules want them: Go
// initialisms stay whole (userID is user + ID, HTTPStatus is HTTP +
// Status, userIDs keeps its plural) and come back upper case in camel and
// Pascal case (user_id -> userID), as Go writes them.
package naming

import (
	"regexp"
	"strings"
	"unicode"
)

// caseRE are the patterns of logs.key_case.
var caseRE = map[string]*regexp.Regexp{
	"snake":  regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`),
	"kebab":  regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`),
	"camel":  regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`),
	"pascal": regexp.MustCompile(`^[A-Z][a-zA-Z0-9]*$`),
	// OpenTelemetry attribute style: lowercase namespaces separated by
	// dots, words within one joined by underscores (http.response.status_code).
	"dot": regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*(\.[a-z0-9]+(_[a-z0-9]+)*)*$`),
}

// Is reports whether key is written in the case named kc.
func Is(key, kc string) bool {
	re := caseRE[kc]
	return re == nil || re.MatchString(key)
}

// Words splits a key into words: at separators (_ - . space), at a lower
// case letter or digit followed by an upper case one, and before the last
// upper case letter of a run followed by lower case (HTTPStatus: HTTP,
// Status). A run's plural s stays with it (userIDs: user, IDs).
func Words(key string) []string {
	var out []string
	rs := []rune(key)
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, string(rs[start:end]))
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			start = i + 1
			continue
		}
		if i == start || !unicode.IsUpper(r) {
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsLower(prev) || unicode.IsDigit(prev):
			flush(i)
		case unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			// HTTPStatus: split before S, but keep IDs whole.
			plural := rs[i+1] == 's' && (i+2 == len(rs) || !unicode.IsLower(rs[i+2]))
			if !plural {
				flush(i)
			}
		}
	}
	flush(len(rs))
	return out
}

// initialisms are written in upper case in camel and Pascal case, as Go
// writes them.
var initialisms = map[string]bool{
	"acl": true, "api": true, "ascii": true, "cpu": true, "css": true, "dns": true, "eof": true,
	"guid": true, "html": true, "http": true, "https": true, "id": true, "ip": true, "json": true,
	"qps": true, "ram": true, "rpc": true, "sla": true, "smtp": true, "sql": true, "ssh": true,
	"tcp": true, "tls": true, "ttl": true, "udp": true, "ui": true, "uid": true, "uuid": true,
	"uri": true, "url": true, "utf8": true, "vm": true, "xml": true, "xsrf": true, "xss": true,
}

// To rewrites key in the case named kc; "" when it has no words.
func To(key, kc string) string {
	ws := Words(key)
	if len(ws) == 0 {
		return ""
	}
	lower := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = strings.ToLower(w)
	}
	switch kc {
	case "snake":
		return strings.Join(lower, "_")
	case "kebab":
		return strings.Join(lower, "-")
	case "dot":
		return strings.Join(lower, ".")
	case "camel", "pascal":
		var b strings.Builder
		for i, w := range lower {
			switch {
			case i == 0 && kc == "camel":
				b.WriteString(w)
			case initialisms[w]:
				b.WriteString(strings.ToUpper(w))
			case initialisms[strings.TrimSuffix(w, "s")] && strings.HasSuffix(w, "s"):
				b.WriteString(strings.ToUpper(w[:len(w)-1]) + "s")
			default:
				r := []rune(w)
				b.WriteString(strings.ToUpper(string(r[0])) + string(r[1:]))
			}
		}
		return b.String()
	}
	return key
}

// Normalize is the key's words in lower case joined by underscores: the
// form forbidden keys are compared in (apiToken matches api_token).
func Normalize(key string) string {
	ws := Words(key)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return strings.Join(ws, "_")
}
