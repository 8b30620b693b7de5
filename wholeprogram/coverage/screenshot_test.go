package coverage_test

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/wholeprogram/coverage"
)

// TestHTMLScreenshot renders the fixture's HTML report in headless
// Chromium and checks that the screenshot shows a page (many colours,
// not a blank or error page). Set OBSLINT_HTML_SCREENSHOT=1 (Chromium at
// /usr/bin/chromium or on PATH; .ci/run installs Debian's) and
// OBSLINT_SCREENSHOT_OUT=file.png to keep the picture.
func TestHTMLScreenshot(t *testing.T) {
	if os.Getenv("OBSLINT_HTML_SCREENSHOT") == "" {
		t.Skip("set OBSLINT_HTML_SCREENSHOT=1 to render the HTML report in headless Chromium")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("OBSLINT_HTML_SCREENSHOT is set but chromium is missing: %v", err)
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := coverage.HTML(&buf, compute(t, "vta")); err != nil {
		t.Fatal(err)
	}
	// Open every call graph so that the screenshot shows them.
	html := bytes.ReplaceAll(buf.Bytes(), []byte("<details>"), []byte("<details open>"))
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "report.png")
	if out := os.Getenv("OBSLINT_SCREENSHOT_OUT"); out != "" {
		shot, _ = filepath.Abs(out)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--hide-scrollbars",
		"--window-size=1280,1800", "--screenshot="+shot, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	colours := make(map[[3]uint32]bool)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	// Text, table borders and the green, red and blue call-graph boxes.
	if len(colours) < 20 {
		t.Errorf("screenshot has %d colours: the page did not render", len(colours))
	}
	t.Logf("screenshot %s: %dx%d, %d colours", shot, b.Dx(), b.Dy(), len(colours))
}
