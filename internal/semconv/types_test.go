package semconv

import (
	"go/types"
	"testing"
)

func TestParseType(t *testing.T) {
	for _, s := range []string{"string", "int", "double", "boolean", "any", "string[]", "int[]", "double[]", "boolean[]",
		"template[string]", "template[int]", "template[double]", "template[boolean]", "template[any]",
		"template[string[]]", "template[int[]]", "template[double[]]", "template[boolean[]]"} {
		ty, ok := ParseType(s)
		if !ok || ty.String() != s {
			t.Errorf("ParseType(%q) = %v, %v", s, ty, ok)
		}
	}
	for _, s := range []string{"", "str", "String", "any[]", "template[]", "template[string", "string[][]", "template[template[int]]", "int []", "enum"} {
		if ty, ok := ParseType(s); ok {
			t.Errorf("ParseType(%q) = %v, want failure", s, ty)
		}
	}
	enum := Type{Enum: true, Basic: Int}
	if enum.String() != "enum" || enum.Describe() != "enum of int" {
		t.Errorf("enum: %s / %s", enum, enum.Describe())
	}
}

func TestAccepts(t *testing.T) {
	kinds := []ValueKind{BoolValue, IntValue, DoubleValue, StringValue, BoolSliceValue, IntSliceValue, DoubleSliceValue, StringSliceValue}
	tests := []struct {
		typ  Type
		want ValueKind // the only kind accepted; UnknownValue: all
	}{
		{Type{Basic: String}, StringValue},
		{Type{Basic: Int}, IntValue},
		{Type{Basic: Double}, DoubleValue}, // not int: another type on the wire
		{Type{Basic: Boolean}, BoolValue},
		{Type{Basic: String, Array: true}, StringSliceValue},
		{Type{Basic: Int, Array: true}, IntSliceValue},
		{Type{Basic: Double, Array: true}, DoubleSliceValue},
		{Type{Basic: Boolean, Array: true}, BoolSliceValue},
		{Type{Basic: String, Array: true, Template: true}, StringSliceValue},
		{Type{Basic: String, Enum: true}, StringValue},
		{Type{Basic: Int, Enum: true}, IntValue},
		{Type{Basic: Any}, UnknownValue},
	}
	for _, tt := range tests {
		for _, k := range kinds {
			want := tt.want == UnknownValue || k == tt.want
			if got := tt.typ.Accepts(k); got != want {
				t.Errorf("%s accepts %s: %v, want %v", tt.typ.Describe(), k, got, want)
			}
		}
		if !tt.typ.Accepts(UnknownValue) {
			t.Errorf("%s rejects an unknown value", tt.typ)
		}
	}
}

func TestAttributeValueKinds(t *testing.T) {
	// The constructors of go.opentelemetry.io/otel/attribute and the
	// methods of attribute.Key.
	for name, want := range map[string]ValueKind{
		"String": StringValue, "Stringer": StringValue, "Int": IntValue, "Int64": IntValue, "Float64": DoubleValue,
		"Bool": BoolValue, "StringSlice": StringSliceValue, "IntSlice": IntSliceValue, "Int64Slice": IntSliceValue,
		"Float64Slice": DoubleSliceValue, "BoolSlice": BoolSliceValue,
	} {
		if got := AttributeValueKinds[name]; got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

func TestKindOfGoType(t *testing.T) {
	named := types.NewNamed(types.NewTypeName(0, nil, "Status", nil), types.Typ[types.Int32], nil)
	tests := []struct {
		typ  types.Type
		want ValueKind
	}{
		{types.Typ[types.String], StringValue},
		{types.Typ[types.UntypedString], StringValue},
		{types.Typ[types.Int], IntValue},
		{types.Typ[types.Uint16], IntValue},
		{types.Typ[types.UntypedInt], IntValue},
		{types.Typ[types.Float32], DoubleValue},
		{types.Typ[types.UntypedFloat], DoubleValue},
		{types.Typ[types.Bool], BoolValue},
		{named, IntValue},
		{types.NewSlice(types.Typ[types.String]), StringSliceValue},
		{types.NewArray(types.Typ[types.Int64], 3), IntSliceValue},
		{types.NewSlice(types.Typ[types.Float64]), DoubleSliceValue},
		{types.NewSlice(types.NewSlice(types.Typ[types.String])), UnknownValue},
		{types.NewPointer(types.Typ[types.String]), UnknownValue},
		{types.Typ[types.Complex128], UnknownValue},
		{nil, UnknownValue},
	}
	for _, tt := range tests {
		if got := KindOfGoType(tt.typ); got != tt.want {
			t.Errorf("KindOfGoType(%v) = %s, want %s", tt.typ, got, tt.want)
		}
	}
}
