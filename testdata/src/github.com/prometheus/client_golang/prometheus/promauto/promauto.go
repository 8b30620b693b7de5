// Package promauto is a stub of client_golang's promauto.
package promauto

import "github.com/prometheus/client_golang/prometheus"

func NewCounter(opts prometheus.CounterOpts) prometheus.Counter { return nil }
func NewCounterVec(opts prometheus.CounterOpts, labelNames []string) *prometheus.CounterVec {
	return nil
}
func NewHistogram(opts prometheus.HistogramOpts) prometheus.Histogram { return nil }
func NewHistogramVec(opts prometheus.HistogramOpts, labelNames []string) *prometheus.HistogramVec {
	return nil
}
