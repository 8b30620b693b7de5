// Package semconv is a stub of go.opentelemetry.io/otel/semconv/v1.20.0,
// in the shape its generator gives it: a NAMEKey constant per attribute, a
// NAME(val) function per attribute, a NAMEMember variable per enum member.
package semconv

import "go.opentelemetry.io/otel/attribute"

const SchemaURL = "https://opentelemetry.io/schemas/1.20.0"

const (
	HTTPMethodKey     = attribute.Key("http.method")
	HTTPStatusCodeKey = attribute.Key("http.status_code")
	HTTPFlavorKey     = attribute.Key("http.flavor")
	NetPeerNameKey    = attribute.Key("net.peer.name")
	ServiceNameKey    = attribute.Key("service.name")
)

func HTTPMethod(val string) attribute.KeyValue { return HTTPMethodKey.String(val) }

func HTTPStatusCode(val int) attribute.KeyValue { return HTTPStatusCodeKey.Int(val) }

func NetPeerName(val string) attribute.KeyValue { return NetPeerNameKey.String(val) }

func ServiceName(val string) attribute.KeyValue { return ServiceNameKey.String(val) }

var (
	HTTPFlavorHTTP11 = HTTPFlavorKey.String("1.1")
	HTTPFlavorHTTP20 = HTTPFlavorKey.String("2.0")
)
