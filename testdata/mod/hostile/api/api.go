// Package api holds metric names, log keys and SLO names with newlines,
// "::", HTML and ANSI escapes; every output format must keep them inert.
package api

import (
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

var requests = prometheus.NewCounter(prometheus.CounterOpts{Name: "requests\n::error file=metric.go,line=1::pwned <img src=x> \x1b[31mred", Help: "h"}) // want `contains a colon` `should end in _total`

// Get logs a key that breaks lines.
//
//obslint:slo web<script>::warning::x // want `unknown SLO objective`
func Get(w http.ResponseWriter, r *http.Request) {
	slog.InfoContext(r.Context(), "got", "key\n::error file=key.go::pwned\x1b[0m<b>", 1) // want `is not snake case`
	requests.Inc()
}

// Put is an unobserved entry point with an inline objective whose name
// holds HTML and Markdown.
//
//obslint:slo success=99 name=x|<img_src=x>[y](javascript:alert(1))::notice::z
func Put(w http.ResponseWriter, r *http.Request) {
	store(r)
}

func store(r *http.Request) { http.Get("http://example.com/" + r.URL.Path) }
