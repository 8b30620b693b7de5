// Package api exercises SLO declarations in the three syntaxes.
package api

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests."}, []string{"code"})

// Routes registers the handlers, unwrapped.
func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/named", Named)
	mux.HandleFunc("/inline", Inline)
	mux.HandleFunc("/typo", Typo)
	mux.HandleFunc("/bad", Bad)
	mux.HandleFunc("/blind", Blind)
	mux.HandleFunc("/auto", Auto)
	mux.HandleFunc("/autolatency", AutoLatency)
	mux.HandleFunc("/autocounted", AutoCounted)
	mux.HandleFunc("/conflict", Conflict)
	mux.HandleFunc("/same", Same)
	mux.HandleFunc("/partial", Partial)
	mux.HandleFunc("/againstconv", AgainstConvention)
	mux.HandleFunc("/mapped", Mapped)
	mux.HandleFunc("/none", None)
	return mux
}

// Named refers to the convention's objective.
//
//obslint:slo api
func Named(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Inline declares its own targets.
//
//obslint:slo success=99.5 latency=300ms latency_target=95 name=checkout
func Inline(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Typo names an objective that does not exist.
//
//obslint:slo apl // want `unknown SLO objective "apl"; did you mean "api"\? \(defined: api, batch\)`
func Typo(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Bad has invalid values.
//
//obslint:slo success=100 latency=250ms latency_target=99 // want `success: 100 is not a percentage in \(0,100\)`
func Bad(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Blind promises an objective nothing measures.
//
//obslint:slo api // want `SLO on Blind, which records no request metrics or span: nothing can measure the objective`
func Blind(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

// Auto is instrumented and declares its SLO the Autometrics way.
//
//autometrics:inst --slo auto --success-target 99.9 // want `success objective on Auto, whose //autometrics:inst counts every call as ok: Autometrics sees failures only through a named error result`
func Auto(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

// charge returns its error through a named result, which Autometrics
// counts: fine.
//
//autometrics:inst --slo charge --success-target 99.9
func charge() (err error) { return nil }

// AutoLatency declares only a latency objective, which Autometrics
// measures without seeing errors: fine.
//
//autometrics:inst --slo autolatency --latency-ms 250 --latency-target 99
func AutoLatency(w http.ResponseWriter, r *http.Request) { _ = charge() }

// AutoCounted counts its failures itself besides Autometrics: fine.
//
//autometrics:inst --slo autocounted --success-target 99
func AutoCounted(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("500").Inc() }

// Conflict reuses the name checkout with other targets.
//
//obslint:slo success=99 latency=300ms latency_target=95 name=checkout // want `SLO checkout differs from its declaration at api.go:\d+ in slo/api.Inline \(success 99% here, 99.5% there\); one name must mean one objective`
func Conflict(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Same repeats checkout with the same targets: fine.
//
//obslint:slo success=99.5 latency=300ms latency_target=95 name=checkout
func Same(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Partial declares only a latency for checkout, matching: fine.
//
//obslint:slo latency=300ms latency_target=95 name=checkout
func Partial(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// AgainstConvention redefines the convention's objective inline.
//
//obslint:slo success=99 name=api // want `SLO api differs from the convention's objective api \(success 99% here, 99.9% in the convention\); write //obslint:slo api to use it`
func AgainstConvention(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Mapped gets its objective from slo.entrypoints.
func Mapped(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

func None(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() } // want `entry point None declares no SLO; add //obslint:slo NAME \(objectives: api, batch\) or map it in slo.entrypoints \(convention: slo.required\)`

// notHandler is no entry point: no SLO needed.
func notHandler() {}

// Autometrics with a flag it rejects.
//
//autometrics:inst --slo checkout --success-target 98 // want `--success-target 98 is not one Autometrics accepts \(90, 95, 99, 99.9\)`
func AutoBad(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

// process names the convention's objective the Autometrics way: --slo
// alone is accepted, as Autometrics accepts it.
//
//autometrics:inst --slo batch
func process() (err error) { return nil }

// typoed names no objective of the convention.
//
//autometrics:inst --slo bacth // want `unknown SLO objective "bacth"; did you mean "batch"\?`
func typoed() (err error) { return nil }
