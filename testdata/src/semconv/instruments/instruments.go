// Package instruments creates the conventions' metrics with other
// instruments and units than they define.
package instruments

import (
	otelmetric "go.opentelemetry.io/otel/metric"
)

func setup(meter otelmetric.Meter, unit string) {
	// Another instrument.
	_, _ = meter.Int64Counter("http.server.request.duration", otelmetric.WithUnit("s")) // want `metric http.server.request.duration is a histogram in the semantic conventions 1.44.0, but is created here as a counter`
	// Another unit, and none.
	_, _ = meter.Float64Histogram("http.client.request.duration", otelmetric.WithUnit("ms"))                // want `metric http.client.request.duration is in "s" in the semantic conventions 1.44.0, not "ms"`
	_, _ = meter.Float64Histogram("http.server.request.duration")                                           // want `metric http.server.request.duration is in "s" in the semantic conventions 1.44.0, but has no unit; add metric.WithUnit\("s"\)`
	_, _ = meter.Int64UpDownCounter("http.server.active_requests", otelmetric.WithDescription("in flight")) // want `metric http.server.active_requests is in "{request}" .*, but has no unit`

	// As defined: silent.
	_, _ = meter.Float64Histogram("http.server.request.duration", otelmetric.WithUnit("s"))
	_, _ = meter.Int64UpDownCounter("http.server.active_requests", otelmetric.WithUnit("{request}"))
	_, _ = meter.Int64ObservableUpDownCounter("http.server.active_requests", otelmetric.WithUnit("{request}"))
	// A unit that is not a constant is not judged.
	_, _ = meter.Float64Histogram("http.client.request.duration", otelmetric.WithUnit(unit))
	// Not a convention metric.
	_, _ = meter.Int64Counter("app.jobs", otelmetric.WithUnit("{job}"))
}
