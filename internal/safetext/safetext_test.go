package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"http_requests_total":         "http_requests_total",
		"üñíçødé ✅":                   "üñíçødé ✅",
		`back\slash`:                  `back\slash`,
		"a\n::error file=x::pwned":    `a\n::error file=x::pwned`,
		"\x1b[31mred\x1b[0m\a\x00":    `\x1b[31mred\x1b[0m\a\x00`,
		"cr\rlf\r\n":                  `cr\rlf\r\n`,
		"sep\u2028par\u2029nel\u0085": `sep\u2028par\u2029nel\u0085`,
		"bidi\u202eevil\u2066":        `bidi\u202eevil\u2066`,
		"bad\xffutf8\xc3":             `bad\xffutf8\xc3`,
		"tab\there":                   `tab\there`,
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuote(t *testing.T) {
	if got := Quote("short"); got != `"short"` {
		t.Errorf("Quote(short) = %s", got)
	}
	long := strings.Repeat("root:x:0:0:root:/root:/bin/bash\n", 100)
	got := Quote(long)
	if len(got) > 80 || strings.Contains(got, "\n") || !strings.Contains(got, "(3200 bytes)") {
		t.Errorf("Quote(long) = %s", got)
	}
	if got := Quote(strings.Repeat("é", 50)); !utf8.ValidString(got) {
		t.Errorf("Quote cut a character: %q", got)
	}
}

func TestEllipsis(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 4, "abc…"},
		{"ééééé", 3, "éé…"},
		{"日本語のラベル", 4, "日本語…"},
	} {
		got := Ellipsis(tc.in, tc.n)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Ellipsis(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
