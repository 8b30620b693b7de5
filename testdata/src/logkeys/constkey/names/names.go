// Package names declares keys it never logs with.
package names

const TraceID = "traceId"
