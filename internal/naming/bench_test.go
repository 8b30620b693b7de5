package naming

import "testing"

// benchKeys are log keys and metric name parts as real services write
// them: snake, camel, initialisms, plurals, dotted attributes.
var benchKeys = []string{
	"user_id", "userID", "requestIDs", "HTTPStatus", "http.response.status_code",
	"traceId", "span-id", "tenant", "durationMs", "grpc_method", "X-Request-ID",
	"api_token", "apiToken", "remoteAddr", "db.statement", "errorCount",
}

var sink string

// BenchmarkWords is the word split every key check and rename starts with.
func BenchmarkWords(b *testing.B) {
	for b.Loop() {
		for _, k := range benchKeys {
			sink = Words(k)[0]
		}
	}
}

// BenchmarkTo folds every key into every case (the suggested renames).
func BenchmarkTo(b *testing.B) {
	cases := []string{"snake", "kebab", "camel", "pascal", "dot"}
	for b.Loop() {
		for _, k := range benchKeys {
			for _, c := range cases {
				sink = To(k, c)
			}
		}
	}
}

// BenchmarkIs is the key case check logkeys runs on every key.
func BenchmarkIs(b *testing.B) {
	cases := []string{"snake", "camel", "dot"}
	n := 0
	for b.Loop() {
		for _, k := range benchKeys {
			for _, c := range cases {
				if Is(k, c) {
					n++
				}
			}
		}
	}
	_ = n
}

// BenchmarkNormalize is the form forbidden keys are compared in.
func BenchmarkNormalize(b *testing.B) {
	for b.Loop() {
		for _, k := range benchKeys {
			sink = Normalize(k)
		}
	}
}

// BenchmarkClosest is the typo suggestion for an unknown name.
func BenchmarkClosest(b *testing.B) {
	for b.Loop() {
		for _, k := range benchKeys {
			sink = Closest(k, benchKeys)
		}
	}
}
