// Package parse holds every kind of directive the directive index parses,
// and findings (calls of finding) for it to judge.
package parse // want "hasautometrics=true"

// finding stands for a finding of the check at the call.
func finding(check string) {}

// Function directives.

// Listed refers to an objective and is Autometrics'.
//
//obslint:slo api
//autometrics:inst --slo api --no-doc
func Listed() {} // want "directives Listed slos=api,api autometrics=inst,nodoc"

// Inline declares targets.
//
//obslint:slo success=99.9 latency=250ms latency_target=99 name=checkout
func Inline() {} // want "directives Inline slos=checkout autometrics=-"

// Custom is Autometrics' with a custom latency.
//
//autometrics:inst --slo api --success-target 99 --latency-ms 300 --latency-target 99 --custom-latency
func Custom() {} // want "directives Custom slos=api autometrics=inst,custom-latency"

// Plain has no directive.
func Plain() {}

// Ignores.

func ignores() {
	finding("metric-help") //obslint:ignore metric-help trailing // want "ignore checks=metric-help until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true"
	finding("metric-help") // want "verdict metric-help silenced=false"

	//obslint:ignore instrumented on its own line // want "ignore checks=instrumented until=- reason=yes trailing=false covers=\\+0,\\+1 self=false used=true"
	finding("instrumented") // want "verdict instrumented silenced=true"
	finding("instrumented") // want "verdict instrumented silenced=false"

	finding("log-key-case") //obslint:ignore logkeys by analyzer // want "ignore checks=logkeys until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict log-key-case silenced=true"
	finding("slo-missing")  //obslint:ignore all by all // want "ignore checks=all until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict slo-missing silenced=true"
	finding("slo-missing")  //obslint:ignore metric-help,slo-missing a list // want "ignore checks=metric-help,slo-missing until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict slo-missing silenced=true"
	finding("metric-help")  //obslint:ignore instrumented another check // want "ignore checks=instrumented until=- reason=yes trailing=true covers=\\+0 self=false used=false" "verdict metric-help silenced=false"
	finding("metric-help")  //obslint:ignore no-such-check unknown // want "ignore checks=no-such-check until=- reason=yes trailing=true covers=\\+0 self=false used=false" "verdict metric-help silenced=false"
	finding("metric-help")  //obslint:ignore metric-help // want "ignore checks=metric-help until=- reason=no trailing=true covers=\\+0 self=false used=true" "error directive: //obslint:ignore metric-help needs a reason" "verdict metric-help silenced=true"
	// Dated, judged against the current date (Waivers.Today unset).
	finding("metric-help") //obslint:ignore metric-help until=2999-12-31 far off // want "ignore checks=metric-help until=2999-12-31 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true"
	finding("metric-help") //obslint:ignore metric-help until=2000-01-01 long gone // want "ignore checks=metric-help until=2000-01-01 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=false note=.the //obslint:ignore at parse.go:47 expired on 2000-01-01."
	finding("metric-help") //obslint:ignore metric-help until=soon typo // want "ignore checks=metric-help until=0000-01-01 reason=yes trailing=true covers=\\+0 self=false used=true" "error directive: //obslint:ignore metric-help until=\"soon\": the date must be YYYY-MM-DD" "verdict metric-help silenced=false note=.the //obslint:ignore at parse.go:48 expired on 0000-01-01."
	//obslint:ignore instrumented above a remark // want "ignore checks=instrumented until=- reason=yes trailing=false covers=\\+0,\\+1,\\+3 self=false used=true"
	// The remark goes on,
	// and on.
	finding("instrumented") // want "verdict instrumented silenced=true"
	finding("metric-help")  // obslint:ignore metric-help with a space // want "error directive: directive must be written without a space after //: //obslint:ignore" "verdict metric-help silenced=false"
}

// Healthz answers probes.
//
//obslint:ignore instrumented at the end of a doc comment // want "ignore checks=instrumented until=- reason=yes trailing=false covers=\\+0,\\+1 self=false used=true"
func Healthz() { finding("instrumented") } // want "verdict instrumented silenced=true"

// Malformed directives.

//obslint:frobnicate // want "error directive: unknown directive //obslint:frobnicate"
var a = 1

var b = 2 //obslint:slo api // want "error directive: //obslint:slo belongs in the doc comment of a function"

// Broken declares an invalid objective: an error, no declaration.
//
//obslint:slo success=101 name=broken // want "error slo-invalid: success: 101 is not a percentage"
func Broken() {}

//obslint:ignore // want "error directive: //obslint:ignore needs the checks to silence and a reason"
var c = 3
