// Package shop is the report's fixture program. Its numbers, computed by
// hand (docs/report.md walks through them):
//
//	entry points: ListOrders (observed inside, SLO), Pay (observed by
//	otelhttp where registered), billing.Refund (not observed): 2/3
//	observed, 1/3 with an SLO.
//	calls: ListOrders -> loadOrders -> queryDB; Pay -> Charge ->
//	{callBank, obs.Audit}; Refund -> {Charge, obs.Audit};
//	obs.Audit (observed) -> writeLog.
//	reached/covered: ListOrders 2/0, Pay 4/2, Refund 4/2: 10/4, 40%.
//	blind spots: callBank (2 entry points, out of process, error),
//	Charge (2, error), queryDB (1, I/O, error), loadOrders (1).
package shop

import (
	"net/http"
	"os"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"report/shop/billing"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_requests_total", Help: "Requests."}, []string{"code"})

// Routes registers the entry points.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", ListOrders)
	mux.Handle("/pay", otelhttp.NewHandler(http.HandlerFunc(Pay), "pay"))
	mux.HandleFunc("/refund", billing.Refund)
	return mux
}

// ListOrders is observed inside and declares an SLO.
//
//obslint:slo success=99.9 name=orders
func ListOrders(w http.ResponseWriter, r *http.Request) {
	requests.WithLabelValues("200").Inc()
	if _, err := loadOrders(); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// Pay is observed where it is registered (otelhttp).
func Pay(w http.ResponseWriter, r *http.Request) {
	if err := billing.Charge(r.Context(), 100); err != nil {
		w.WriteHeader(http.StatusPaymentRequired)
	}
}

func loadOrders() ([]byte, error) { return queryDB() }

func queryDB() ([]byte, error) { return os.ReadFile("orders.db") }

// Serve serves the routes with nothing around them: Refund, registered
// bare, is served bare.
func Serve(addr string) error { return http.ListenAndServe(addr, Routes()) }
