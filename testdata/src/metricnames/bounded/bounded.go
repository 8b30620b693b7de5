// Package bounded: label values formatted from small types are bounded
// (a regression: metric-label-cardinality reported a tunnel's connection
// index, a uint8, formatted into a label, on every one of its uses).
package bounded

import (
	"fmt"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var (
	registrations = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tunnel_registrations_total", Help: "Registrations."}, []string{"conn_index", "protocol"})
	serverLocs    = prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "tunnel_server_locations", Help: "Locations."}, []string{"conn_index", "edge"})
	retries       = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tunnel_retries_total", Help: "Retries."}, []string{"conn_id", "retry", "timeout"})
)

// Protocol is an enumeration: a named integer with a few small constants.
type Protocol int

const (
	QUIC Protocol = iota
	HTTP2
)

func (p Protocol) String() string { return [...]string{"quic", "http2"}[p] }

// Edge is a string enumeration.
type Edge string

const (
	EdgeA Edge = "a"
	EdgeB Edge = "b"
)

// ConnID is a named integer without constants: any value.
type ConnID uint32

type tunnel struct {
	connIndex uint8
	protocol  Protocol
	edge      Edge
}

func (t *tunnel) register(retry bool, connID uint64, id ConnID, timeout time.Duration) {
	// Silent: a uint8, a bool, enumerations, through conversions too.
	registrations.WithLabelValues(fmt.Sprintf("%d", t.connIndex), fmt.Sprint(t.protocol)).Inc()
	registrations.WithLabelValues(strconv.Itoa(int(t.connIndex)), t.protocol.String()).Inc()
	serverLocs.WithLabelValues(strconv.FormatUint(uint64(t.connIndex), 10), fmt.Sprint(t.edge)).Set(1)
	retries.WithLabelValues(strconv.Itoa(int(t.connIndex)), fmt.Sprint(retry), "0").Inc()

	// Still reported: a connection ID, a named integer without
	// constants, a duration (its constants are units, not values).
	retries.WithLabelValues(fmt.Sprintf("%d", connID), "false", "0").Inc() // want `label value fmt.Sprintf formats arbitrary values`
	retries.WithLabelValues(strconv.Itoa(int(id)), "false", "0").Inc()     // want `label value strconv.Itoa formats a number, such as an ID`
	retries.WithLabelValues("0", "false", fmt.Sprint(timeout)).Inc()       // want `label value fmt.Sprint formats arbitrary values`
}
