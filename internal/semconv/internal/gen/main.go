// Command gen writes conventions.txt, the OpenTelemetry semantic
// conventions table that package semconv embeds, from the official
// registry YAML of every release since 1.4.0.
//
// Releases 1.21.0 and later live in open-telemetry/semantic-conventions
// (model/), older ones in open-telemetry/opentelemetry-specification
// (semantic_conventions/). gen reads each release's files from the tags of
// local git clones of both (bare clones do), through `git archive`, so no
// release needs a checkout of its own, and it reads the schema file of the
// newest release for the renames the registry YAML of old releases does not
// mark. Run it with go generate (see gen.go in package semconv):
//
//	go generate ./internal/semconv   # SEMCONV_GIT and SPEC_GIT name the clones
//
// With -otel DIR (the go.opentelemetry.io/otel module directory), gen also
// checks that every attribute key the Go packages semconv/vX declare is in
// the table at version X, and prints what does not match.
package main

import (
	"archive/tar"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/internal/semconv"
)

// firstInSemconvRepo is the first release published from the
// semantic-conventions repository.
var firstInSemconvRepo = semconv.MustParseVersion("1.21.0")

func main() {
	semconvGit := flag.String("semconv", os.Getenv("SEMCONV_GIT"), "git clone of open-telemetry/semantic-conventions (releases 1.21.0 on)")
	specGit := flag.String("spec", os.Getenv("SPEC_GIT"), "git clone of open-telemetry/opentelemetry-specification (releases before 1.21.0)")
	out := flag.String("o", "conventions.txt", "output file")
	otel := flag.String("otel", "", "go.opentelemetry.io/otel module directory, to cross-check its semconv packages")
	oldest := flag.String("oldest", "1.4.0", "oldest release to cover")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	if *semconvGit == "" || *specGit == "" {
		log.Fatal("-semconv and -spec (or SEMCONV_GIT and SPEC_GIT) must name git clones of open-telemetry/semantic-conventions and open-telemetry/opentelemetry-specification")
	}

	newest, err := newestTag(*semconvGit)
	if err != nil {
		log.Fatal(err)
	}
	versions, schema, err := releases(*semconvGit, newest, semconv.MustParseVersion(*oldest))
	if err != nil {
		log.Fatal(err)
	}
	t := newTable(versions)
	for i, v := range versions {
		repo, dir := *semconvGit, "model"
		if v.Less(firstInSemconvRepo) {
			repo, dir = *specGit, "semantic_conventions"
		}
		files, err := archive(repo, "v"+v.String(), dir)
		if err != nil {
			log.Fatal(err)
		}
		reg, err := semconv.ParseFiles(files, semconv.Options{})
		if err != nil {
			log.Fatalf("release %s: %v", v, err)
		}
		t.add(i, reg)
		fmt.Fprintf(os.Stderr, "%s: %d files, %d attributes, %d metrics\n", v, len(files), len(reg.Attributes), len(reg.Metrics))
	}
	if err := t.renames(schema); err != nil {
		log.Fatal(err)
	}
	for _, key := range t.markMetricLocal() {
		fmt.Fprintf(os.Stderr, "%s: a metric-local attribute outside any namespace, marked local\n", key)
	}
	var buf bytes.Buffer
	t.write(&buf, newest)
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d attributes, %d metrics, %d releases\n", *out, buf.Len(), len(t.attrs), len(t.metrics), len(versions))
	if *otel != "" {
		conv, err := semconv.ParseConventions(buf.Bytes())
		if err != nil {
			log.Fatal(err)
		}
		if bad := crossCheck(conv, *otel); bad > 0 {
			log.Fatalf("%d keys of the Go semconv packages are not in the table", bad)
		}
	}
}

func git(repo string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", repo}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// newestTag is the newest release tag vX.Y.Z of the repository.
func newestTag(repo string) (semconv.Version, error) {
	out, err := git(repo, "tag", "--list", "v*")
	if err != nil {
		return semconv.Version{}, err
	}
	var newest semconv.Version
	for _, t := range strings.Fields(string(out)) {
		v, err := semconv.ParseVersion(t)
		if err != nil || strings.Count(t, ".") != 2 {
			continue
		}
		if newest.Less(v) {
			newest = v
		}
	}
	if newest.IsZero() {
		return newest, fmt.Errorf("%s has no release tags", repo)
	}
	return newest, nil
}

// releases lists the releases the newest one's schema file names (every
// release since 1.4.0 has one), oldest first, and returns that file.
func releases(repo string, newest, oldest semconv.Version) ([]semconv.Version, []byte, error) {
	out, err := git(repo, "ls-tree", "--name-only", "v"+newest.String(), "schemas/")
	if err != nil {
		return nil, nil, err
	}
	var vs []semconv.Version
	for _, name := range strings.Fields(string(out)) {
		v, err := semconv.ParseVersion(filepath.Base(name))
		if err != nil || v.Less(oldest) {
			continue
		}
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Less(vs[j]) })
	schema, err := git(repo, "show", "v"+newest.String()+":schemas/"+newest.String())
	return vs, schema, err
}

// archive returns the YAML files under dir at tag.
func archive(repo, tag, dir string) ([]semconv.File, error) {
	out, err := git(repo, "archive", "--format=tar", tag, dir)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(bytes.NewReader(out))
	var files []semconv.File
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg || !(strings.HasSuffix(h.Name, ".yaml") || strings.HasSuffix(h.Name, ".yml")) {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		files = append(files, semconv.File{Name: tag + "/" + h.Name, Data: data})
	}
	return files, nil
}

// table accumulates every release's definitions by name.
type table struct {
	versions []semconv.Version
	attrs    map[string]*record
	metrics  map[string]*record
	// scoped are attributes the schema file renames for some metrics
	// only (apply_to_metrics).
	scoped map[string]bool
}

// record is one name's history: per release, its shape ("" when the
// release does not define it) and whether it is deprecated there.
type record struct {
	name       string
	shape      []string
	deprecated []bool
	stability  semconv.Stability // in the newest release that defines it
	renamedTo  string            // the newest registry's renamed_to
	note       string            // the newest deprecation note
	schemaTo   string            // the newest schema-file rename
	local      bool              // metric-local, outside any namespace
}

func newTable(vs []semconv.Version) *table {
	return &table{versions: vs, attrs: make(map[string]*record), metrics: make(map[string]*record), scoped: make(map[string]bool)}
}

func (t *table) rec(m map[string]*record, name string) *record {
	r := m[name]
	if r == nil {
		r = &record{name: name, shape: make([]string, len(t.versions)), deprecated: make([]bool, len(t.versions))}
		m[name] = r
	}
	return r
}

func (r *record) set(i int, shape string, stab semconv.Stability, dep *semconv.Deprecation) {
	if dep != nil && moved(dep) {
		dep = nil // defined on, elsewhere: not deprecated
	}
	r.shape[i] = shape
	r.deprecated[i] = dep != nil
	r.stability = stab
	if dep != nil {
		if dep.RenamedTo != "" {
			r.renamedTo = dep.RenamedTo
		}
		if n := oneLine(dep.Note); n != "" {
			r.note = n
		}
	}
}

// moved reports a deprecation that only says the name moved to another
// repository of conventions: the GenAI, MCP and OpenAI names left the core
// registry in 1.42.0 for open-telemetry/semantic-conventions-genai, where
// they live on. Reporting them as deprecated would tell code to stop using
// names that are current (jaeger's MCP tracing, found so).
func moved(dep *semconv.Deprecation) bool {
	return dep.Reason != semconv.Renamed && strings.HasPrefix(strings.TrimSpace(dep.Note), "Moved to ")
}

func (t *table) add(i int, reg *semconv.Registry) {
	for _, a := range reg.Attributes {
		t.rec(t.attrs, a.Key).set(i, typeShape(a.Type), a.Stability, a.Deprecated)
	}
	for _, m := range reg.Metrics {
		unit := m.Unit
		if unit == "" {
			unit = "-"
		}
		t.rec(t.metrics, m.Name).set(i, string(m.Instrument)+":"+unit, m.Stability, m.Deprecated)
	}
}

// typeShape writes a type for the table: as the registry does, except
// that enums say their members' value type and not the members.
func typeShape(ty semconv.Type) string {
	if ty.Enum {
		return "enum:" + ty.Basic.String()
	}
	return ty.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// schemaFile is the part of an OpenTelemetry schema file gen reads.
type schemaFile struct {
	Versions map[string]map[string]struct {
		Changes []struct {
			RenameAttributes *struct {
				AttributeMap   map[string]string `yaml:"attribute_map"`
				ApplyToMetrics []string          `yaml:"apply_to_metrics"`
				ApplyToSpans   []string          `yaml:"apply_to_spans"`
				ApplyToEvents  []string          `yaml:"apply_to_events"`
			} `yaml:"rename_attributes"`
			RenameMetrics map[string]string `yaml:"rename_metrics"`
		} `yaml:"changes"`
	} `yaml:"versions"`
}

// renames records the renames of the schema file: the replacement of
// names the registry YAML of old releases drops without a deprecation.
// Renames limited to some metrics or spans (apply_to_*) are not renames of
// the attribute everywhere and are skipped.
func (t *table) renames(data []byte) error {
	var sf schemaFile
	if err := yaml.Unmarshal(data, &sf); err != nil {
		return fmt.Errorf("schema file: %v", err)
	}
	var vs []semconv.Version
	byVersion := make(map[semconv.Version]string)
	for s := range sf.Versions {
		v, err := semconv.ParseVersion(s)
		if err != nil {
			return fmt.Errorf("schema file: %v", err)
		}
		vs = append(vs, v)
		byVersion[v] = s
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Less(vs[j]) }) // newer renames win
	for _, v := range vs {
		sections := sf.Versions[byVersion[v]]
		for _, sec := range sortedKeys(sections) {
			for _, ch := range sections[sec].Changes {
				if ra := ch.RenameAttributes; ra != nil && len(ra.ApplyToMetrics)+len(ra.ApplyToSpans)+len(ra.ApplyToEvents) == 0 {
					for from, to := range ra.AttributeMap {
						if r := t.attrs[from]; r != nil {
							r.schemaTo = to
						}
					}
				} else if ra != nil {
					for from := range ra.AttributeMap {
						t.scoped[from] = true
					}
				}
				for from, to := range ch.RenameMetrics {
					if r := t.metrics[from]; r != nil {
						r.schemaTo = to
					}
				}
			}
		}
	}
	return nil
}

// markMetricLocal marks the attributes old releases defined for a few
// metrics only, outside any namespace: state, type, gc, pool.name, …
// (database and runtime metrics of 1.21.0 to 1.25.0). Their names are
// common words that code uses for its own purposes (the CPU "state" of
// opentelemetry-go-contrib's host instrumentation), and the conventions
// meant them only on those metrics (the schema file renames them with
// apply_to_metrics). A key without a dot, or one the schema renames for
// some metrics only whose first segment is no other attribute's
// namespace, is written as a local ("l") record: the analyzer judges it
// only when the key comes from a Go semconv package (semconv.StateKey of
// v1.24.0). It returns the keys marked.
func (t *table) markMetricLocal() []string {
	namespaces := make(map[string]int)
	for key := range t.attrs {
		if i := strings.IndexByte(key, '.'); i > 0 {
			namespaces[key[:i]]++
		}
	}
	var marked []string
	for _, key := range sortedKeys(t.attrs) {
		ns, _, dotted := strings.Cut(key, ".")
		if !dotted || t.scoped[key] && namespaces[ns] == 1 {
			t.attrs[key].local = true
			marked = append(marked, key)
		}
	}
	return marked
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// replacedBy matches a deprecation note that names one replacement and
// says nothing else ("Replaced by `url.full`.", "Use `db.namespace`
// instead."). Notes that qualify the replacement ("Replaced by
// `db.namespace` (string).", "… but only if not extracting the value from
// `db.query.text`", "Value should be included in `rpc.method`") describe
// more than a rename, so they are shown, not turned into a fix.
var replacedBy = regexp.MustCompile("^(?:(?:Replaced|Renamed) (?:by|to)|Use) `([a-z0-9_.\\-]+)`(?: instead)?\\.?$")

// replacements are the names to use instead, when the conventions name
// one, best first: the newest registry's renamed_to, the schema file's
// rename, a note that names one replacement and nothing else. They differ
// when a name was renamed twice: net.peer.ip became net.sock.peer.addr in
// 1.13.0 (schema file), whose replacement network.peer.address the newest
// registry names directly; the lookup takes the first one the release
// asked about defines.
func (r *record) replacements(known map[string]*record) []string {
	var out []string
	add := func(s string) {
		if s != "" && s != r.name && !contains(out, s) {
			out = append(out, s)
		}
	}
	add(r.renamedTo)
	add(r.schemaTo)
	if m := replacedBy.FindStringSubmatch(r.note); m != nil && known[m[1]] != nil {
		add(m[1])
	}
	return out
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// segments encodes the record's history as runs of releases with the
// same shape and deprecation: "21-42=string!" (releases 21 to 42, by index
// into the versions line, deprecated).
func (r *record) segments() string {
	var parts []string
	for i := 0; i < len(r.shape); {
		if r.shape[i] == "" {
			i++
			continue
		}
		j := i
		for j+1 < len(r.shape) && r.shape[j+1] == r.shape[i] && r.deprecated[j+1] == r.deprecated[i] {
			j++
		}
		s := strconv.Itoa(i)
		if j > i {
			s += "-" + strconv.Itoa(j)
		}
		s += "=" + r.shape[i]
		if r.deprecated[i] {
			s += "!"
		}
		parts = append(parts, s)
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// maxNote bounds a deprecation note in the table: it is shown in a
// diagnostic, where one sentence is enough.
const maxNote = 160

func (t *table) write(w io.Writer, newest semconv.Version) {
	fmt.Fprintf(w, "# Code generated by internal/semconv/internal/gen; DO NOT EDIT.\n")
	fmt.Fprintf(w, "# OpenTelemetry semantic conventions %s to %s: open-telemetry/opentelemetry-specification\n", t.versions[0], newest)
	fmt.Fprintf(w, "# (semantic_conventions/, before %s) and open-telemetry/semantic-conventions (model/, schemas/%s).\n", firstInSemconvRepo, newest)
	fmt.Fprintf(w, "# Format (docs/semconv.md): kind (a attribute, l metric-local attribute, m metric), name,\n")
	fmt.Fprintf(w, "# segments, stability, replacements, note; tab-separated;\n")
	fmt.Fprintf(w, "# segments are FROM-TO=SHAPE runs over the versions line's indexes, ! marks deprecated runs.\n")
	vs := make([]string, len(t.versions))
	for i, v := range t.versions {
		vs[i] = v.String()
	}
	fmt.Fprintf(w, "v\t%s\n", strings.Join(vs, " "))
	for _, kind := range []struct {
		tag  string
		recs map[string]*record
	}{{"a", t.attrs}, {"m", t.metrics}} {
		for _, name := range sortedKeys(kind.recs) {
			r := kind.recs[name]
			reps := r.replacements(kind.recs)
			for _, rep := range reps {
				if strings.ContainsAny(rep, " \t|,=") {
					log.Fatalf("%s: replacement %q is not a name", name, rep)
				}
			}
			rep := strings.Join(reps, "|")
			note := ""
			if rep == "" && anyTrue(r.deprecated) {
				note = r.note
			}
			if len(note) > maxNote {
				cut := strings.LastIndex(note[:maxNote], " ")
				if cut < maxNote/2 {
					cut = maxNote
				}
				note = note[:cut] + "..."
			}
			tag := kind.tag
			if r.local {
				tag = "l"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", tag, name, r.segments(), r.stability, dash(rep), dash(note))
		}
	}
}

func anyTrue(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var (
	keyConst    = regexp.MustCompile(`attribute\.Key\("([^"]+)"\)`)
	templateKey = regexp.MustCompile(`"([a-z0-9_.\-]+)\."\s*\+\s*key`)
)

// crossCheck reads the Go packages semconv/vX of the otel module and
// reports keys the table does not define at version X.
func crossCheck(conv *semconv.Conventions, otelDir string) int {
	dirs, _ := filepath.Glob(filepath.Join(otelDir, "semconv", "v*"))
	bad, checked := 0, 0
	for _, dir := range dirs {
		v, err := semconv.ParseVersion(filepath.Base(dir))
		if err != nil {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		seen := make(map[string]bool)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				log.Fatal(err)
			}
			for _, m := range keyConst.FindAllSubmatch(data, -1) {
				seen[string(m[1])] = true
			}
			for _, m := range templateKey.FindAllSubmatch(data, -1) {
				seen[string(m[1])+".x"] = true
			}
		}
		for _, key := range sortedKeys(seen) {
			checked++
			info, ok := conv.Attribute(key, v)
			if !ok || info.Status == semconv.NotYet || info.Status == semconv.Removed {
				bad++
				fmt.Fprintf(os.Stderr, "semconv/v%s: key %s: not in the table at %s (%v)\n", v, key, v, info.Status)
			}
		}
	}
	fmt.Fprintf(os.Stderr, "cross-check: %d keys in %d Go semconv packages, %d missing\n", checked, len(dirs), bad)
	return bad
}
