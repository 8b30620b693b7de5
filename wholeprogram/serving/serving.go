// Package serving follows, over the whole program, how each entry point is
// served: from the calls that register handlers and services, through the
// routers they are registered on, the groups, subrouters and mounts those
// derive from, and the wrappers applied anywhere on the way, to the servers
// that serve them (http.Server{Handler: …}, http.ListenAndServe, gin's Run,
// grpc.NewServer(opts…)) or the server builders that always instrument.
//
// The lint analyzers judge one package at a time and must leave a handler
// registered on a router received as a parameter unjudged; the coverage
// report has the whole program in SSA form and its call graph, so it can
// follow the router to where it was created and served. On real services
// that is where instrumentation usually is: otelhttp.NewHandler around the
// whole router, or a gRPC stats handler added where the server is built.
//
// The analysis traces values backwards through SSA (parameters to their
// callers' arguments, fields and globals to the values stored in them,
// results to the callee's returns with the call's arguments bound, slices
// and maps to their elements), field-based and context-insensitive except
// for one level of call binding. What it cannot follow it says, with the
// reason, so the report can call the entry point "unknown" honestly.
package serving

import (
	"go/token"
	"go/types"

	"github.com/obslint/obslint/passes/instrumentation"
)

// Kind is what instrumentation records: metrics, spans.
type Kind = instrumentation.Kind

// Root is a router, mux, server or API object the program creates:
// requests reach the handlers registered on it through it.
type Root struct {
	Pos       token.Pos
	Framework string // nethttp, chi, gorilla, gin, echo, fiber, grpc, gateway, openapi, library
	What      string // how it is created: "mux.NewRouter", "grpc.NewServer", "&http.ServeMux{}"
	// Builder is set for objects made by a server builder that always
	// instruments (a known one, or instrumentation.servers).
	Builder string
	// Server is set for gRPC servers (grpc.NewServer, a builder's):
	// what serves services, as opposed to maps and channels they are
	// registered on.
	Server bool
	// InMemory is set for a server that only ever serves an in-memory
	// listener (grpc/test/bufconn): a development or test harness in
	// the program, not a way requests reach it from outside.
	InMemory      bool
	servesNetwork bool
	// Uses are what the middleware applied to it (Use, group
	// middleware, server options) records.
	Uses Kind
	// parents are the roots it is derived from or mounted on, with what
	// the path from each adds; sinks are the servers that serve it
	// directly, with what their path adds.
	edges []edge
	// unresolved says why some of the ways it is served could not be
	// followed.
	unresolved []string

	// memo of Guaranteed
	state int // 0 new, 1 computing, 2 done
	guar  Kind
	known bool
}

// edge is one way requests reach a root: from a server (to == nil) or
// from another root it is mounted on or derived from.
type edge struct {
	to    *Root
	kinds Kind   // what wrappers and route middleware on the way record
	what  string // for messages: "http.Server{Handler}", "mounted on chi.NewRouter at x.go:12"
	// derived marks the edge from a router to the router it is derived
	// from (a group, a subrouter, an in-process channel with an option
	// added): several such parents are alternatives chosen at run time
	// (ch = ch.WithServerStatsHandler(h) under a flag), and what any of
	// them records counts, as options added under a flag do.
	derived bool
}

// InMemoryOnly reports whether every router a registration is made on
// serves only in-memory listeners.
func (reg *Registration) InMemoryOnly() bool {
	if len(reg.Routers) == 0 {
		return false
	}
	for _, r := range reg.Routers {
		if !r.InMemory {
			return false
		}
	}
	return true
}

// Registration is one place a handler function is registered.
type Registration struct {
	Pos       token.Pos
	Framework string
	// Kinds is what the wrappers and route middleware between the
	// handler and the registration record.
	Kinds Kind
	// Routers are the routers or servers it is registered on, as far as
	// they could be followed.
	Routers []*Root
	// Unresolved says why some routers could not be followed.
	Unresolved []string
	// Served is set when the handler is given to a server directly.
	Served bool
	// Dead is set when the registration is made on a parameter of a
	// function nothing in the program calls: it never happens here.
	Dead bool
}

// Guaranteed returns what every path that serves r records on the way,
// and whether every path could be followed: its own middleware, plus the
// intersection over the ways it is served of what each adds. A root that
// nothing in the program serves is not known.
func (r *Root) Guaranteed() (Kind, bool) {
	switch r.state {
	case 2:
		return r.guar, r.known
	case 1:
		return 0, true // a cycle adds nothing, and hides nothing
	}
	r.state = 1
	var k Kind
	known := len(r.unresolved) == 0
	if r.Builder != "" {
		k = instrumentation.Metrics | instrumentation.Traces
		known = true
	} else {
		first := true
		var fromParents Kind
		for _, e := range r.edges {
			if e.to != nil && e.to.state == 1 {
				continue // a way in through itself: no way in at all
			}
			ek := e.kinds
			if e.to != nil {
				pk, pknown := e.to.Guaranteed()
				ek |= pk
				known = known && pknown
			}
			switch {
			case e.derived:
				fromParents |= ek
			case first:
				k, first = ek, false
			default:
				k &= ek
			}
		}
		if first && fromParents == 0 && !r.hasParents() && r.Framework != "grpc" {
			known = false // served nowhere in sight
		}
		k |= fromParents
	}
	r.guar, r.known, r.state = k|r.Uses, known, 2
	return r.guar, r.known
}

func (r *Root) hasParents() bool {
	for _, e := range r.edges {
		if e.derived {
			return true
		}
	}
	return false
}

// Why says why Guaranteed could not follow every way r is served.
func (r *Root) Why() string {
	if len(r.unresolved) > 0 {
		return r.unresolved[0]
	}
	for _, e := range r.edges {
		if e.to != nil {
			if _, known := e.to.Guaranteed(); !known {
				return e.to.Why()
			}
		}
	}
	if len(r.edges) == 0 {
		return r.What + " is not served by any server the analysed packages start"
	}
	return ""
}

// Served describes the ways r is served, for -v and the HTML view.
func (r *Root) Served() []string {
	var out []string
	for _, e := range r.edges {
		out = append(out, e.what+" (adds "+e.kinds.String()+")")
	}
	return out
}

// Result is the whole program's registrations and roots.
type Result struct {
	// Registrations lists, for each function registered as a handler or
	// service method, where and on what.
	Registrations map[*types.Func][]*Registration
	// Roots are the routers and servers found, in creation order.
	Roots []*Root
	// AllGRPCObserved is set when the program builds at least one gRPC
	// server and every one of them records what its options say: a
	// service registered where the analysis cannot see is served by one
	// of them.
	AllGRPCObserved Kind
	GRPCServers     int
	// Gateways are grpc-gateway proxy registrations.
	Gateways []*Gateway
	// MiddlewareUses are where functions are applied as middleware (Use,
	// group and route middleware).
	MiddlewareUses map[*types.Func][]token.Pos
}
