package semconv

import "testing"

func TestParseVersion(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"1.37.0", "1.37.0", true},
		{"v1.37.0", "1.37.0", true},
		{" 1.20 ", "1.20.0", true},
		{"1.6.1", "1.6.1", true},
		{"1", "", false},
		{"1.2.3.4", "", false},
		{"1.x.0", "", false},
		{"1.-2.0", "", false},
		{"01.2.0", "", false},
		{"1..0", "", false},
		{"", "", false},
	} {
		v, err := ParseVersion(tt.in)
		if (err == nil) != tt.ok || v.String() != tt.want {
			t.Errorf("ParseVersion(%q) = %s, %v; want %s, ok=%v", tt.in, v, err, tt.want, tt.ok)
		}
	}
	if _, err := ParseVersion("1.x"); err == nil || err.Error() != `"1.x" is not a version (want MAJOR.MINOR.PATCH, like 1.37.0)` {
		t.Errorf("error: %v", err)
	}
}

func TestVersionCompare(t *testing.T) {
	vs := []string{"1.4.0", "1.6.1", "1.10.0", "1.23.0", "1.23.1", "1.37.0", "2.0.0"}
	for i, a := range vs {
		for j, b := range vs {
			va, vb := MustParseVersion(a), MustParseVersion(b)
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := va.Compare(vb); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
			if va.Less(vb) != (want < 0) {
				t.Errorf("%s.Less(%s) wrong", a, b)
			}
		}
	}
	if !(Version{}).IsZero() || (Version{}).String() != "" {
		t.Error("zero Version")
	}
}
