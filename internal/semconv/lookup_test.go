package semconv

import (
	"slices"
	"testing"
)

func TestOwner(t *testing.T) {
	owned := []string{"shop", "shop.legacy", "acme."}
	for _, tt := range []struct{ name, want string }{
		{"shop", "shop"},
		{"shop.cart.id", "shop"},
		{"shop.legacy.region", "shop.legacy"},
		{"shop.legacyx", "shop"},
		{"acme.orders", "acme"},
		{"shopping.cart", ""},
		{"shop_orders_total", ""},
		{"http.request.method", ""},
		{"", ""},
	} {
		if got := Owner(tt.name, owned); got != tt.want {
			t.Errorf("Owner(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if Owner("x", []string{""}) != "" {
		t.Error("an empty namespace owns everything")
	}
}

func TestGoPackageVersion(t *testing.T) {
	for _, tt := range []struct {
		path, want string
	}{
		{"go.opentelemetry.io/otel/semconv/v1.37.0", "1.37.0"},
		{"go.opentelemetry.io/otel/semconv/v1.37.0/httpconv", "1.37.0"},
		{"go.opentelemetry.io/otel/semconv/v1.6.1", "1.6.1"},
		{"go.opentelemetry.io/otel/semconv/internal", ""},
		{"go.opentelemetry.io/otel/semconv", ""},
		{"go.opentelemetry.io/otel/attribute", ""},
		{"example.com/go.opentelemetry.io/otel/semconv/v1.37.0", ""},
	} {
		v, ok := GoPackageVersion(tt.path)
		if v.String() != tt.want || ok != (tt.want != "") {
			t.Errorf("GoPackageVersion(%s) = %s, %v; want %s", tt.path, v, ok, tt.want)
		}
	}
}

func TestGoKeyConstNames(t *testing.T) {
	for _, tt := range []struct {
		name  string
		wants []string // each must be among the candidates
	}{
		{"HTTPResponseStatusCode", []string{"HTTPResponseStatusCodeKey"}},
		{"HTTPRequestMethodGet", []string{"HTTPRequestMethodKey"}},
		{"DBSystemPostgreSQL", []string{"DBSystemKey"}},
		{"DBSystemNameMySQL", []string{"DBSystemNameKey"}},
		{"NetTransportIP", []string{"NetTransportKey"}},
		{"OSTypeZOS", []string{"OSTypeKey"}},
		{"K8SPodName", []string{"K8SPodNameKey"}},
		{"NetworkTypeIpv4", []string{"NetworkTypeKey"}},
		{"RPCGRPCStatusCodeOk", []string{"RPCGRPCStatusCodeKey"}},
		{"HTTPFlavorHTTP11", []string{"HTTPFlavorKey"}},
		{"AWSS3Key", []string{"AWSS3KeyKey"}}, // aws.s3.key
	} {
		got := GoKeyConstNames(tt.name)
		if got[0] != tt.name+"Key" {
			t.Errorf("GoKeyConstNames(%s)[0] = %s", tt.name, got[0])
		}
		for _, w := range tt.wants {
			if !slices.Contains(got, w) {
				t.Errorf("GoKeyConstNames(%s) = %v, want %s among them", tt.name, got, w)
			}
		}
	}
	if GoKeyConstNames("") != nil {
		t.Error("GoKeyConstNames(\"\") is not nil")
	}
}
