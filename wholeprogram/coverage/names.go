package coverage

import (
	"path"
	"regexp"
	"strings"
)

// funcName is a function's full name as go/types prints it, taken apart:
// "(*example.com/m/api.Store).Get" is package "example.com/m/api",
// receiver "Store" (a pointer), name "Get".
type funcName struct {
	pkg, recv, name string
	ptr             bool
}

// parseFuncName takes a go/types full name apart; ok is false for
// anything else (the name is then shown as it is).
func parseFuncName(full string) (funcName, bool) {
	var f funcName
	if strings.HasPrefix(full, "(") {
		// (*pkg.Type[args]).Method: the receiver ends at the ")" that
		// closes the first "(", type arguments may hold parentheses.
		depth, end := 0, -1
		for i, r := range full {
			switch r {
			case '(', '[':
				depth++
			case ')', ']':
				depth--
			}
			if depth == 0 {
				end = i
				break
			}
		}
		if end < 0 || !strings.HasPrefix(full[end+1:], ".") {
			return f, false
		}
		recv := full[1:end]
		f.name = full[end+2:]
		if strings.HasPrefix(recv, "*") {
			f.ptr, recv = true, recv[1:]
		}
		pkg, typ, ok := splitQualified(recv)
		if !ok {
			return f, false
		}
		f.pkg, f.recv = pkg, typ
		return f, f.name != ""
	}
	pkg, name, ok := splitQualified(full)
	f.pkg, f.name = pkg, name
	return f, ok
}

// splitQualified splits "example.com/m/api.Name[args]$1" at the dot that
// ends the package path: the first dot after the path's last slash, type
// arguments (which hold their own paths) aside.
func splitQualified(s string) (pkg, name string, ok bool) {
	head := s
	if i := strings.IndexByte(head, '['); i >= 0 {
		head = head[:i]
	}
	slash := strings.LastIndexByte(head, '/')
	dot := strings.IndexByte(head[slash+1:], '.')
	if dot < 0 {
		return "", "", false
	}
	dot += slash + 1
	return s[:dot], s[dot+1:], dot > 0 && dot < len(s)-1
}

var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// relPackage names pkg relative to the module: "api" for
// "github.com/gotify/server/v2/api", the module's last element (without
// a major version suffix) for its root package, the full path for a
// package of another module.
func relPackage(module, pkg string) string {
	if module == "" {
		return pkg
	}
	if pkg == module {
		base := path.Base(module)
		if majorVersion.MatchString(base) && path.Dir(module) != "." {
			base = path.Base(path.Dir(module))
		}
		return base
	}
	if rest, ok := strings.CutPrefix(pkg, module+"/"); ok {
		return rest
	}
	return pkg
}

// shortFunc is the name people read: the package relative to the module,
// then the receiver type without its pointer, then the name
// ("api.ApplicationAPI.CreateApplication"); withPtr keeps the pointer
// ("api.(*ApplicationAPI).CreateApplication").
func shortFunc(module, full string, withPtr bool) string {
	f, ok := parseFuncName(full)
	if !ok {
		return full
	}
	pkg := relPackage(module, f.pkg)
	switch {
	case f.recv == "":
		return pkg + "." + f.name
	case f.ptr && withPtr:
		return pkg + ".(*" + f.recv + ")." + f.name
	}
	return pkg + "." + f.recv + "." + f.name
}

// Namer gives each function of a report its short name. The receiver's
// pointer is shown only where it matters, when two functions of the
// report would otherwise read the same (a method value and a closure of
// a generic instantiation, say); when even that is ambiguous the full
// name is kept. Full names stay in the JSON.
type Namer struct {
	module string
	names  map[string]string
}

// NewNamer builds the short names of every function r names.
func NewNamer(r *Report) *Namer {
	n := &Namer{module: r.Module, names: make(map[string]string)}
	var all []string
	for _, e := range r.EntryPoints {
		all = append(all, e.Function)
		all = append(all, e.Blind...)
		if e.Graph != nil {
			for _, node := range e.Graph.Nodes {
				all = append(all, node.Function)
			}
		}
	}
	for _, b := range r.BlindSpots {
		all = append(all, b.Function)
	}
	for _, l := range r.LeftOut {
		all = append(all, l.Function)
	}
	if r.Change != nil {
		all = append(all, r.Change.EntryPoints...)
		all = append(all, r.Change.BlindSpots...)
	}
	for _, c := range r.TelemetryChanges {
		if c.Function != "" {
			all = append(all, c.Function)
		}
	}
	seen := make(map[string]bool)
	byShort := make(map[string][]string)
	for _, full := range all {
		if seen[full] {
			continue
		}
		seen[full] = true
		s := shortFunc(r.Module, full, false)
		byShort[s] = append(byShort[s], full)
	}
	for s, fulls := range byShort {
		if len(fulls) == 1 {
			n.names[fulls[0]] = s
			continue
		}
		withPtr := make(map[string]int)
		for _, f := range fulls {
			withPtr[shortFunc(r.Module, f, true)]++
		}
		for _, f := range fulls {
			if p := shortFunc(r.Module, f, true); withPtr[p] == 1 {
				n.names[f] = p
			} else {
				n.names[f] = f
			}
		}
	}
	return n
}

// Name returns full's short name.
func (n *Namer) Name(full string) string {
	if n == nil {
		return full
	}
	if s, ok := n.names[full]; ok {
		return s
	}
	return shortFunc(n.module, full, false)
}
