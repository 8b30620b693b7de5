package convention

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestSchemaInStep keeps docs/obslint.schema.json in step with the Go
// types: every key the loader accepts is in the schema and the other way
// round, at every level, and objects the loader closes are closed there.
func TestSchemaInStep(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "obslint.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	defs, _ := schema["definitions"].(map[string]any)
	compareSchema(t, "", schema, reflect.TypeOf(Convention{}), defs)
}

func compareSchema(t *testing.T, key string, s map[string]any, typ reflect.Type, defs map[string]any) {
	t.Helper()
	if ref, ok := s["$ref"].(string); ok {
		s = defs[strings.TrimPrefix(ref, "#/definitions/")].(map[string]any)
	}
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	switch {
	case typ == durationType || typ == percentType:
		return
	case typ.Kind() == reflect.Struct:
		props, _ := s["properties"].(map[string]any)
		if s["additionalProperties"] != false {
			t.Errorf("schema %q: additionalProperties must be false, the loader rejects unknown keys", key)
		}
		fields := yamlFields(typ)
		var goKeys, schemaKeys []string
		for k := range fields {
			goKeys = append(goKeys, k)
		}
		for k := range props {
			schemaKeys = append(schemaKeys, k)
		}
		sort.Strings(goKeys)
		sort.Strings(schemaKeys)
		if strings.Join(goKeys, ",") != strings.Join(schemaKeys, ",") {
			t.Errorf("schema %q keys %v, Go type %s keys %v", key, schemaKeys, typ, goKeys)
		}
		for k, f := range fields {
			if p, ok := props[k].(map[string]any); ok {
				compareSchema(t, joinKey(key, k), p, f.Type, defs)
			}
		}
	case typ.Kind() == reflect.Map:
		if s["type"] != "object" {
			t.Errorf("schema %q: want type object for %s", key, typ)
		}
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			compareSchema(t, key+".*", ap, typ.Elem(), defs)
		} else {
			t.Errorf("schema %q: map needs an additionalProperties schema", key)
		}
	case typ.Kind() == reflect.Slice:
		if s["type"] != "array" {
			t.Errorf("schema %q: want type array for %s", key, typ)
		}
	case typ.Kind() == reflect.Bool:
		if s["type"] != "boolean" {
			t.Errorf("schema %q: want type boolean", key)
		}
	case typ.Kind() == reflect.Int:
		if s["type"] != "integer" && s["const"] == nil {
			t.Errorf("schema %q: want type integer", key)
		}
	case typ.Kind() == reflect.String:
		if s["type"] != "string" && s["enum"] == nil {
			t.Errorf("schema %q: want type string or an enum", key)
		}
	}
}

// TestSchemaEnums checks that the schema's enumerations list exactly the
// values the loader accepts.
func TestSchemaEnums(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join("..", "..", "docs", "obslint.schema.json"))
	text := string(data)
	for _, v := range append(append([]string{}, KnownFrameworks...), KeyCases...) {
		if !strings.Contains(text, `"`+v+`"`) {
			t.Errorf("schema lacks enum value %q", v)
		}
	}
}
