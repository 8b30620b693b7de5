package output

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/obslint/obslint/internal/findings"
)

// Fingerprint identifies a finding across commits: its check, file
// (relative to root), enclosing function and message (without the
// positions it mentions), and no line number,
// so that code moving up or down does not make an old finding look new.
// Two identical findings in one function share a fingerprint; code
// scanning and GitLab count them as one.
func Fingerprint(root string, f findings.Finding) string {
	h := sha256.New()
	for _, part := range []string{f.Check, Rel(root, f.File), f.Function, findings.StableMessage(f.Message)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
