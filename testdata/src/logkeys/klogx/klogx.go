// Package klogx exercises the logkeys checks on klog.
package klogx

import (
	"errors"

	"k8s.io/klog/v2"
)

func logs(id int) {
	// Clean twins.
	klog.InfoS("order placed", "order_id", id, "pod", klog.KObj(nil))
	klog.V(2).InfoS("order placed", "order_id", id)

	klog.InfoS("order placed", "orderID", id)          // want `log key "orderID" is not snake case`
	klog.ErrorS(errors.New("x"), "failed", "err", 1)   // want `log key "err" is an alias`
	klog.V(2).InfoS("order placed", "order_id")        // want `key "order_id" has no value`
}
