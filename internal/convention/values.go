package convention

import (
	"encoding/json"
	"fmt"
	"github.com/obslint/obslint/internal/safetext"
	"math"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Day and Week extend time.Duration's units the way Prometheus durations do.
const (
	Day  = 24 * time.Hour
	Week = 7 * Day
)

// Duration is a duration written as in Prometheus: "250ms", "1.5s", "30d",
// "1h30m" (units ms, s, m, h, d, w). Text keeps what the user wrote.
type Duration struct {
	D    time.Duration
	Text string
}

// IsZero reports whether the duration was not set.
func (d Duration) IsZero() bool { return d.Text == "" && d.D == 0 }

func (d Duration) String() string {
	if d.Text != "" {
		return d.Text
	}
	return FormatDuration(d.D)
}

// ParseDuration parses a Prometheus-style duration. A bare number is
// rejected: a unit is required so that "250" is never silently seconds or
// milliseconds.
func ParseDuration(s string) (time.Duration, error) {
	orig := s
	if s == "" {
		return 0, fmt.Errorf("empty duration")
	}
	var total time.Duration
	for s != "" {
		i := 0
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, fmt.Errorf("%s is not a duration (want a number and a unit, like 250ms or 30d)", safetext.Quote(orig))
		}
		num, err := strconv.ParseFloat(s[:i], 64)
		if err != nil {
			return 0, fmt.Errorf("%s is not a duration: bad number %s", safetext.Quote(orig), safetext.Quote(s[:i]))
		}
		s = s[i:]
		j := 0
		for j < len(s) && (s[j] < '0' || s[j] > '9') && s[j] != '.' {
			j++
		}
		var unit time.Duration
		switch s[:j] {
		case "ms":
			unit = time.Millisecond
		case "s":
			unit = time.Second
		case "m":
			unit = time.Minute
		case "h":
			unit = time.Hour
		case "d":
			unit = Day
		case "w":
			unit = Week
		case "":
			return 0, fmt.Errorf("%s is not a duration: missing unit (ms, s, m, h, d or w)", safetext.Quote(orig))
		default:
			return 0, fmt.Errorf("%s is not a duration: unknown unit %s (want ms, s, m, h, d or w)", safetext.Quote(orig), safetext.Quote(s[:j]))
		}
		// Bounded before it is converted: a float beyond the range of
		// time.Duration would wrap around.
		part := num * float64(unit)
		if part > float64(MaxDuration) || total+time.Duration(part) > MaxDuration {
			return 0, fmt.Errorf("%s is longer than %s, the longest duration obslint accepts", safetext.Quote(orig), FormatDuration(MaxDuration))
		}
		total += time.Duration(part)
		s = s[j:]
	}
	return total, nil
}

// MaxDuration is the longest duration a convention or a directive may
// give: longer ones are mistakes (an SLO window of a century, a latency
// objective of a year) and would overflow the arithmetic built on them.
const MaxDuration = 366 * Day

// FormatDuration prints d in the largest Prometheus unit that divides it
// exactly, so that generated rules read "30d" rather than "720h0m0s".
func FormatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0s"
	case d%Week == 0:
		return strconv.FormatInt(int64(d/Week), 10) + "w"
	case d%Day == 0:
		return strconv.FormatInt(int64(d/Day), 10) + "d"
	case d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + "m"
	case d%time.Second == 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + "s"
	case d%time.Millisecond == 0:
		return strconv.FormatInt(int64(d/time.Millisecond), 10) + "ms"
	}
	return d.String()
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &valueError{line: n.Line, col: n.Column, msg: "want a duration like 250ms or 30d"}
	}
	v, err := ParseDuration(n.Value)
	if err != nil {
		return &valueError{line: n.Line, col: n.Column, msg: err.Error()}
	}
	if v <= 0 {
		return &valueError{line: n.Line, col: n.Column, msg: fmt.Sprintf("duration %s must be greater than zero", safetext.Quote(n.Value))}
	}
	*d = Duration{D: v, Text: n.Value}
	return nil
}

// UnmarshalJSON implements json.Unmarshaler (golangci-lint settings).
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("want a duration string like \"250ms\": %v", err)
	}
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	if v <= 0 {
		return fmt.Errorf("duration %s must be greater than zero", safetext.Quote(s))
	}
	*d = Duration{D: v, Text: s}
	return nil
}

// MarshalJSON implements json.Marshaler.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// Percent is a percentage strictly between 0 and 100, written as a number
// (99.9) or with a percent sign ("99.9%"). The zero value means unset.
type Percent float64

// ParsePercent parses and range-checks a percentage.
func ParsePercent(s string) (Percent, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("%s is not a percentage (want a number like 99.9)", safetext.Quote(s))
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%s is not a percentage (want a finite number like 99.9)", safetext.Quote(s))
	}
	if v <= 0 || v >= 100 {
		return 0, fmt.Errorf("%s is not a percentage in (0,100)", safetext.Ellipsis(strings.TrimSpace(s), safetext.ExcerptLen))
	}
	return Percent(v), nil
}

// String prints the percentage without trailing zeros.
func (p Percent) String() string { return strconv.FormatFloat(float64(p), 'f', -1, 64) }

// UnmarshalYAML implements yaml.Unmarshaler.
func (p *Percent) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &valueError{line: n.Line, col: n.Column, msg: "want a percentage like 99.9"}
	}
	v, err := ParsePercent(n.Value)
	if err != nil {
		return &valueError{line: n.Line, col: n.Column, msg: err.Error()}
	}
	*p = v
	return nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (p *Percent) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	v, err := ParsePercent(s)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// valueError is a validation error found while decoding one YAML node.
type valueError struct {
	line, col int
	msg       string
}

func (e *valueError) Error() string { return e.msg }
