// Package billing holds an unobserved entry point and the payment code
// two entry points share.
package billing

import (
	"context"
	"net/http"

	"report/shop/obs"
)

// Refund is an entry point nobody observes.
func Refund(w http.ResponseWriter, r *http.Request) {
	if err := Charge(r.Context(), -1); err != nil {
		w.WriteHeader(http.StatusBadGateway)
	}
	obs.Audit(r.Context(), "refund")
}

// Charge is reached unobserved from Pay and Refund.
func Charge(ctx context.Context, cents int) error {
	if err := callBank(cents); err != nil {
		return err
	}
	obs.Audit(ctx, "charge")
	return nil
}

// callBank leaves the process and can fail: the top blind spot.
func callBank(cents int) error {
	resp, err := http.Get("https://bank.example/charge")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
