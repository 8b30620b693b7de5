// Package conv is analysed with namespace shop, forbidden label user_id,
// at most two labels and help not required.
package conv

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var (
	good      = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "shop", Name: "orders_total"}, []string{"status"})
	noNS      = prometheus.NewCounter(prometheus.CounterOpts{Name: "orders_total"})                                 // want `metric orders_total lacks the namespace shop_ \(metrics.namespace\)`
	forbidden = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_logins_total"}, []string{"user_id"})    // want `label user_id of shop_logins_total is forbidden by the convention`
	tooMany   = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_calls_total"}, []string{"a", "b", "c"}) // want `metric shop_calls_total has 3 variable labels; the convention allows 2`
)

func init() {
	otel.Meter("conv").Int64Counter("orders")      // want `instrument orders lacks the namespace shop.`
	otel.Meter("conv").Int64Counter("shop.orders") // silent: namespaced, description not required
	_ = metric.WithUnit
}
