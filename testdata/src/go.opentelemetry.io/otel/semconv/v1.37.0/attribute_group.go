// Package semconv is a stub of go.opentelemetry.io/otel/semconv/v1.37.0,
// in the shape its generator gives it.
package semconv

import "go.opentelemetry.io/otel/attribute"

const SchemaURL = "https://opentelemetry.io/schemas/1.37.0"

const (
	HTTPRequestMethodKey      = attribute.Key("http.request.method")
	HTTPResponseStatusCodeKey = attribute.Key("http.response.status_code")
	ServerAddressKey          = attribute.Key("server.address")
	ServiceNameKey            = attribute.Key("service.name")
	AWSS3KeyKey               = attribute.Key("aws.s3.key")
	DBSystemNameKey           = attribute.Key("db.system.name")
)

func HTTPResponseStatusCode(val int) attribute.KeyValue {
	return HTTPResponseStatusCodeKey.Int(val)
}

func ServerAddress(val string) attribute.KeyValue { return ServerAddressKey.String(val) }

func ServiceName(val string) attribute.KeyValue { return ServiceNameKey.String(val) }

func AWSS3Key(val string) attribute.KeyValue { return AWSS3KeyKey.String(val) }

// HTTPRequestHeader is a template: the key is completed at run time.
func HTTPRequestHeader(key string, val ...string) attribute.KeyValue {
	return attribute.StringSlice("http.request.header."+key, val)
}

var (
	HTTPRequestMethodGet   = HTTPRequestMethodKey.String("GET")
	HTTPRequestMethodPost  = HTTPRequestMethodKey.String("POST")
	DBSystemNamePostgreSQL = DBSystemNameKey.String("postgresql")
)
