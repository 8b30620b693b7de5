// Package waivers holds dated //obslint:ignore directives, judged on
// 2026-06-15 (Waivers.Today), by the pass itself (Waivers.Defer off).
package waivers

// finding stands for a finding of the check at the call.
func finding(check string) {}

func waivers() {
	finding("metric-help") //obslint:ignore metric-help until=2026-06-14 expired yesterday // want "ignore checks=metric-help until=2026-06-14 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=false note=.the //obslint:ignore at waivers.go:9 expired on 2026-06-14.$"
	finding("metric-help") //obslint:ignore metric-help until=2026-06-15 last day // want "ignore checks=metric-help until=2026-06-15 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true$"
	finding("metric-help") //obslint:ignore metric-help until=2026-06-16 tomorrow // want "ignore checks=metric-help until=2026-06-16 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true$"
	finding("metric-help") //obslint:ignore metric-help for good // want "ignore checks=metric-help until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true$"
	finding("metric-help") //obslint:ignore instrumented until=2026-06-16 another check // want "ignore checks=instrumented until=2026-06-16 reason=yes trailing=true covers=\\+0 self=false used=false" "verdict metric-help silenced=false$"
}
