package semconv

import (
	"fmt"
	"go/types"
	"strings"
)

// Basic is a scalar value type of the conventions.
type Basic uint8

// Basic types. Any is Weaver's "any" (a value of any shape, used for
// event bodies and a few attributes).
const (
	NoBasic Basic = iota
	String
	Int
	Double
	Boolean
	Any
)

var basicNames = [...]string{NoBasic: "", String: "string", Int: "int", Double: "double", Boolean: "boolean", Any: "any"}

func (b Basic) String() string {
	if int(b) < len(basicNames) {
		return basicNames[b]
	}
	return fmt.Sprintf("Basic(%d)", b)
}

// Type is an attribute's type: a scalar or an array of scalars
// ("string[]"), optionally a template ("template[string]": the key is a
// prefix, completed by a name at run time), or an enum, whose members'
// values share one scalar type.
type Type struct {
	Basic    Basic
	Array    bool
	Template bool
	// Enum marks an enum type; Basic is then its members' value type.
	// Members are its members when known (the embedded conventions table
	// does not carry them).
	Enum    bool
	Members []Member
}

// Member is one value of an enum type.
type Member struct {
	ID         string
	Value      any // string, int64, float64 or bool
	Brief      string
	Note       string
	Stability  Stability
	Deprecated *Deprecation
}

// String returns the type as the registry format writes it, except for
// enums, which that format writes as a mapping of members: "enum" then.
func (t Type) String() string {
	if t.Enum {
		return "enum"
	}
	s := t.Basic.String()
	if t.Array {
		s += "[]"
	}
	if t.Template {
		s = "template[" + s + "]"
	}
	return s
}

// Describe is String for messages: enums say their value type.
func (t Type) Describe() string {
	if t.Enum {
		return "enum of " + t.Basic.String()
	}
	return t.String()
}

// ParseType parses a type written as a string: "int", "string[]",
// "template[double]", "template[string[]]", "any".
func ParseType(s string) (Type, bool) {
	var t Type
	if inner, ok := strings.CutPrefix(s, "template["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if !ok {
			return Type{}, false
		}
		t.Template = true
		s = inner
	}
	if inner, ok := strings.CutSuffix(s, "[]"); ok {
		t.Array = true
		s = inner
	}
	for b, name := range basicNames {
		if name != "" && name == s {
			t.Basic = Basic(b)
			if t.Basic == Any && t.Array {
				return Type{}, false // Weaver has no any[]
			}
			return t, true
		}
	}
	return Type{}, false
}

// typeNames are the type strings ParseType accepts, for messages.
const typeNames = "string, int, double, boolean, string[], int[], double[], boolean[], any, template[T] of those, or an enum (members: ...)"

// ValueKind is the kind of value code gives an attribute: what the
// go.opentelemetry.io/otel/attribute constructor used says
// (attribute.String, attribute.Int64Slice, …), or what a Go type maps to.
type ValueKind uint8

// Value kinds, in the order of attribute.Type's values after INVALID.
const (
	UnknownValue ValueKind = iota
	BoolValue
	IntValue
	DoubleValue
	StringValue
	BoolSliceValue
	IntSliceValue
	DoubleSliceValue
	StringSliceValue
)

var valueKindNames = [...]string{"unknown", "boolean", "int", "double", "string", "boolean[]", "int[]", "double[]", "string[]"}

func (k ValueKind) String() string {
	if int(k) < len(valueKindNames) {
		return valueKindNames[k]
	}
	return "unknown"
}

// KindOf returns the value kind of an attribute type: the kind code must
// give its value, or UnknownValue for "any".
func (t Type) KindOf() ValueKind {
	var k ValueKind
	switch t.Basic {
	case Boolean:
		k = BoolValue
	case Int:
		k = IntValue
	case Double:
		k = DoubleValue
	case String:
		k = StringValue
	default:
		return UnknownValue
	}
	if t.Array {
		k += BoolSliceValue - BoolValue
	}
	return k
}

// Accepts reports whether a value of kind k fits type t. Any accepts
// everything and an unknown kind is accepted (nothing is known to be
// wrong). A double attribute accepts only doubles: an int sent for a double
// is a different type on the wire, and backends index the two apart.
func (t Type) Accepts(k ValueKind) bool {
	if t.Basic == Any || t.Basic == NoBasic || k == UnknownValue {
		return true
	}
	return t.KindOf() == k
}

// AttributeValueKinds maps the names of go.opentelemetry.io/otel/attribute
// constructors and attribute.Key methods to the kind of value they make.
var AttributeValueKinds = map[string]ValueKind{
	"Bool": BoolValue, "BoolSlice": BoolSliceValue,
	"Int": IntValue, "Int64": IntValue, "IntSlice": IntSliceValue, "Int64Slice": IntSliceValue,
	"Float64": DoubleValue, "Float64Slice": DoubleSliceValue,
	"String": StringValue, "StringSlice": StringSliceValue,
	"Stringer": StringValue,
}

// KindOfGoType maps a Go type to the value kind the attribute package
// would record for it: integers are int, floats double, strings and
// fmt.Stringers string, and slices of those their array kinds. It returns
// UnknownValue for anything else.
func KindOfGoType(t types.Type) ValueKind {
	if t == nil {
		return UnknownValue
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		info := u.Info()
		switch {
		case info&types.IsBoolean != 0:
			return BoolValue
		case info&types.IsInteger != 0:
			return IntValue
		case info&types.IsFloat != 0:
			return DoubleValue
		case info&types.IsString != 0:
			return StringValue
		}
	case *types.Slice, *types.Array:
		var elem types.Type
		if s, ok := u.(*types.Slice); ok {
			elem = s.Elem()
		} else {
			elem = u.(*types.Array).Elem()
		}
		if k := KindOfGoType(elem); k >= BoolValue && k <= StringValue {
			return k + BoolSliceValue - BoolValue
		}
	}
	return UnknownValue
}
