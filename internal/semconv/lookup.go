package semconv

import (
	"strings"
	"unicode"
)

// Owner returns the namespace of namespaces that name falls under, or ""
// when none does. A name falls under a namespace when it is the namespace
// or continues it after a dot: "shop.cart.id" and "shop" fall under "shop",
// "shopping.cart" and "shop_orders" do not (OpenTelemetry namespaces are
// dot-separated). The longest namespace wins, so that a company can own
// "shop" and hand "shop.legacy" to another registry.
func Owner(name string, namespaces []string) string {
	best := ""
	for _, ns := range namespaces {
		ns = strings.TrimSuffix(ns, ".")
		if ns == "" || len(ns) <= len(best) {
			continue
		}
		if name == ns || strings.HasPrefix(name, ns+".") {
			best = ns
		}
	}
	return best
}

// GoSemconvPath is the import path prefix of the Go packages that declare
// the conventions' attribute keys: go.opentelemetry.io/otel/semconv/v1.37.0
// and its subpackages (httpconv, dbconv, …).
const GoSemconvPath = "go.opentelemetry.io/otel/semconv/"

// GoPackageVersion returns the conventions release a Go semconv package
// implements: 1.37.0 for go.opentelemetry.io/otel/semconv/v1.37.0 and for
// go.opentelemetry.io/otel/semconv/v1.37.0/httpconv.
func GoPackageVersion(path string) (Version, bool) {
	rest, ok := strings.CutPrefix(path, GoSemconvPath)
	if !ok {
		return Version{}, false
	}
	elem, _, _ := strings.Cut(rest, "/")
	if !strings.HasPrefix(elem, "v") {
		return Version{}, false
	}
	v, err := ParseVersion(elem)
	return v, err == nil
}

// How the Go semconv packages name things, from v1.4.0 to v1.43.0 (the
// generator's -otel check reads them all): every attribute key is a
// constant NAMEKey of type attribute.Key ("HTTPRequestMethodKey =
// attribute.Key(\"http.request.method\")"), so its value is known to
// go/types; a function NAME(val) returns NAMEKey.T(val) for that key
// ("HTTPResponseStatusCode(200)"); an enum member is a variable NAMEMember
// set to NAMEKey.String("value") ("HTTPRequestMethodGet"); a template
// attribute is a function NAME(key, val) that joins the key's prefix
// with key at run time ("HTTPRequestHeader"). GoKeyConstNames gives the
// constants that may be behind a function or variable name, to look up in
// the package's scope.

// GoKeyConstNames returns the names of the attribute.Key constants that a
// semconv function or variable called name may stand for, the likeliest
// first: name+"Key" (a function), then name cut before each inner upper-
// case letter, longest first, plus "Key" (an enum member:
// "HTTPRequestMethodGet" gives "HTTPRequestMethodGetKey",
// "HTTPRequestMethodKey", "HTTPRequestKey", "HTTPKey"...). A name that
// ends in Key is no exception: the function for aws.s3.key is AWSS3Key,
// backed by AWSS3KeyKey; tell constants from functions by their object.
func GoKeyConstNames(name string) []string {
	if name == "" {
		return nil
	}
	out := []string{name + "Key"}
	runes := []rune(name)
	for i := len(runes) - 1; i > 0; i-- {
		if unicode.IsUpper(runes[i]) && unicode.IsLower(runes[i-1]) || unicode.IsUpper(runes[i]) && i+1 < len(runes) && unicode.IsLower(runes[i+1]) || unicode.IsDigit(runes[i]) != unicode.IsDigit(runes[i-1]) {
			out = append(out, string(runes[:i])+"Key")
		}
	}
	return out
}
