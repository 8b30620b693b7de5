package convention

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the convention loader: it must not
// panic or hang; an error must be an *Error whose text is one line of
// bounded length without control characters (a value is shown as a short
// excerpt only); an accepted convention must hold finite percentages and
// bounded durations. Seeds are issue 19's inputs and the documented keys.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		full,
		"",
		"# comment only\n",
		"version: 1\nextends: [/etc/passwd]\n",
		"extends: [/dev/zero]\n",
		"extends: [base.yml, base.yml]\n",
		"allow_extends_from: [/etc]\nextends: [/etc/passwd]\n",
		"slo:\n  objectives:\n    api: {success: NaN}\n",
		"slo:\n  objectives:\n    api: {success: .inf, latency: 1s, latency_target: -.inf}\n",
		"slo:\n  window: 1000000h\n",
		"slo:\n  objectives:\n    api: {success: 99, latency: 2000000h, latency_target: 99}\n",
		"owners:\n  a/...: x\n  a/...: y\n",
		"slo:\n  objectives:\n    api: {success: 99}\n    api: {success: 98}\n",
		"service: a\nversion: 1\n x: y\n",
		"service: a\n\tversion: 1\n",
		"service: a\n---\nservice: b\n",
		"owners:\n  \"[\": team\n",
		"logs:\n  key_case: \"a\\n::error file=x::pwned\\x1b[31m\\a\\x00\"\n",
		"service: " + strings.Repeat("x", 5000) + "\n",
		"a: &a [x, x]\nb: &b [*a, *a]\nowners: *b\n",
		"metrics:\n  max_labels: 99999999999999999999999\n",
		"slo:\n  entrypoints:\n    \"x/y.*\": api\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(".obslint.yml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not an *Error: %v", err, err)
			}
			msg := err.Error()
			if strings.ContainsAny(msg, "\n\r\x1b\x07\x00") {
				t.Errorf("error holds control characters: %q", msg)
			}
			if len(msg) > 1500 {
				t.Errorf("error of %d bytes: %.200q", len(msg), msg)
			}
			return
		}
		if c.SLO.Window.D <= 0 || c.SLO.Window.D > MaxDuration {
			t.Errorf("window %v accepted", c.SLO.Window.D)
		}
		for name, o := range c.SLO.Objectives {
			for _, p := range []Percent{o.Success, o.LatencyTarget} {
				if math.IsNaN(float64(p)) || math.IsInf(float64(p), 0) || p < 0 || p >= 100 {
					t.Errorf("objective %q: target %v accepted", name, p)
				}
			}
			if o.Latency.D < 0 || o.Latency.D > MaxDuration {
				t.Errorf("objective %q: latency %v accepted", name, o.Latency.D)
			}
		}
	})
}
