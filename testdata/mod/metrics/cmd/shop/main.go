// Command shop links the worker (which uses shared's metrics) and batch.
package main

import (
	"example.com/metrics/batch"
	"example.com/metrics/worker" // want `metric shop_jobs_total is declared in example.com/metrics/batch at batch.go:\d+ with labels \[queue kind\] \(in example.com/metrics/shared at shared.go:\d+ with \[queue\]\)`
)

func main() {
	batch.Jobs.WithLabelValues("q", "k").Inc()
	worker.Done("q", "w")
}
