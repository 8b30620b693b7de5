// Package deferred holds dated //obslint:ignore directives, handed to the
// driver to judge (Waivers.Defer on): the date does not matter here.
package deferred

// finding stands for a finding of the check at the call.
func finding(check string) {}

func waivers() {
	finding("metric-help") //obslint:ignore metric-help until=2026-06-14 expired yesterday // want "ignore checks=metric-help until=2026-06-14 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=false related=obslint:waiver until=2026-06-14 at \\+0$"
	finding("metric-help") //obslint:ignore metric-help until=2026-06-15 last day // want "ignore checks=metric-help until=2026-06-15 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=false related=obslint:waiver until=2026-06-15 at \\+0$"
	finding("metric-help") //obslint:ignore metric-help until=2026-06-16 tomorrow // want "ignore checks=metric-help until=2026-06-16 reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=false related=obslint:waiver until=2026-06-16 at \\+0$"
	finding("metric-help") //obslint:ignore metric-help for good // want "ignore checks=metric-help until=- reason=yes trailing=true covers=\\+0 self=false used=true" "verdict metric-help silenced=true$"
	finding("metric-help") //obslint:ignore instrumented until=2026-06-16 another check // want "ignore checks=instrumented until=2026-06-16 reason=yes trailing=true covers=\\+0 self=false used=false" "verdict metric-help silenced=false$"
}
