// Package safetext makes user-controlled strings (metric names, log keys,
// SLO and owner names, file names, convention values) safe to print where
// people and machines read them: terminals, CI logs that run workflow
// commands, error messages.
package safetext

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns s with every character that could change how the text
// around it is read written as a Go escape: control characters (newlines,
// carriage returns, ESC, BEL, NUL, …), Unicode line and paragraph
// separators, bidirectional overrides (Trojan Source), and bytes that are
// not UTF-8. Other text, backslashes included, is kept as is, so plain
// names print unchanged.
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r) // '\n', '\x1b', '\u2028'
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune reports whether r may not be printed raw.
func unsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r): // C0, DEL, C1 (NEL included)
		return true
	case r == '\u2028' || r == '\u2029': // line and paragraph separators
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e' || r == '\u200f', r == '\u061c':
		return true // bidirectional formatting
	case r == '\ufeff':
		return true
	}
	return false
}

// ExcerptLen is how many characters of a value Quote shows.
const ExcerptLen = 40

// Quote returns s double-quoted and escaped like strconv.Quote, cut to its
// first ExcerptLen characters with the full length noted when longer:
// what an error message may show of a value it did not accept, which may
// be a secret or megabytes long.
func Quote(s string) string {
	return QuoteN(s, ExcerptLen)
}

// QuoteN is Quote showing at most n characters.
func QuoteN(s string, n int) string {
	cut, ok := Truncate(s, n)
	if ok {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(cut), len(s))
}

// Truncate returns the first n characters of s and whether that is all of
// it. It never cuts a UTF-8 sequence in two; invalid bytes count as one
// character each.
func Truncate(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return s, true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i >= len(s) {
		return s, true
	}
	return s[:i], false
}

// Ellipsis returns s cut to at most n characters, the last of them "…"
// when it was cut, never in the middle of a UTF-8 sequence.
func Ellipsis(s string, n int) string {
	if n < 1 {
		return ""
	}
	if cut, ok := Truncate(s, n); ok {
		return cut
	}
	cut, _ := Truncate(s, n-1)
	return cut + "…"
}
