package semconv

import (
	"archive/tar"
	"bytes"
	"io"
	"os"
	"os/exec"
	"testing"
)

// TestOfficialRegistries reads the OpenTelemetry registry of a few
// releases from a git clone of open-telemetry/semantic-conventions named
// by SEMCONV_GIT (the generator's input), and checks that WriteRegistry
// round-trips it. Without SEMCONV_GIT it is skipped.
func TestOfficialRegistries(t *testing.T) {
	repo := os.Getenv("SEMCONV_GIT")
	if repo == "" {
		t.Skip("SEMCONV_GIT names a clone of open-telemetry/semantic-conventions")
	}
	for _, tag := range []string{"v1.26.0", "v1.37.0", "v1.44.0"} {
		out, err := exec.Command("git", "-C", repo, "archive", "--format=tar", tag, "model").Output()
		if err != nil {
			t.Fatalf("git archive %s: %v", tag, err)
		}
		var files []File
		tr := tar.NewReader(bytes.NewReader(out))
		for {
			h, err := tr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if h.Typeflag == tar.TypeReg && isYAMLName(h.Name) {
				data, _ := io.ReadAll(tr)
				files = append(files, File{Name: h.Name, Data: data})
			}
		}
		reg, err := ParseFiles(files, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tag, err)
		}
		var buf bytes.Buffer
		if err := WriteRegistry(&buf, reg, ""); err != nil {
			t.Fatal(err)
		}
		again, err := ParseFiles([]File{{Name: tag + ".yaml", Data: buf.Bytes()}}, Options{})
		if err != nil {
			t.Fatalf("%s: reading back: %v", tag, err)
		}
		assertSameRegistry(t, reg, again)
		t.Logf("%s: %d files, %d attributes, %d metrics, %d spans, %d events; written: %d bytes", tag, len(files),
			len(reg.Attributes), len(reg.Metrics), len(reg.Spans), len(reg.Events), buf.Len())
	}
}
