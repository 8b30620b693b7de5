package semconv

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a release of the semantic conventions, such as 1.37.0. The
// zero Version is no version.
type Version struct {
	Major, Minor, Patch int
}

// ParseVersion parses "1.37.0", "v1.37.0" or "1.37" (patch 0).
func ParseVersion(s string) (Version, error) {
	t := strings.TrimPrefix(strings.TrimSpace(s), "v")
	parts := strings.Split(t, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return Version{}, fmt.Errorf("%s is not a version (want MAJOR.MINOR.PATCH, like 1.37.0)", quote(s))
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || v > 1<<20 || p == "" || (len(p) > 1 && p[0] == '0') {
			return Version{}, fmt.Errorf("%s is not a version (want MAJOR.MINOR.PATCH, like 1.37.0)", quote(s))
		}
		n[i] = v
	}
	return Version{n[0], n[1], n[2]}, nil
}

// MustParseVersion is ParseVersion for constants; it panics on error.
func MustParseVersion(s string) Version {
	v, err := ParseVersion(s)
	if err != nil {
		panic(err)
	}
	return v
}

// IsZero reports whether v is the zero Version.
func (v Version) IsZero() bool { return v == Version{} }

func (v Version) String() string {
	if v.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
}

// Compare returns -1, 0 or +1 as v is older than, equal to or newer than w.
func (v Version) Compare(w Version) int {
	for _, d := range [3]int{v.Major - w.Major, v.Minor - w.Minor, v.Patch - w.Patch} {
		if d < 0 {
			return -1
		}
		if d > 0 {
			return 1
		}
	}
	return 0
}

// Less reports whether v is older than w.
func (v Version) Less(w Version) bool { return v.Compare(w) < 0 }
