// Package attribute is a stub of go.opentelemetry.io/otel/attribute with
// the real signatures.
package attribute

import "fmt"

type Key string

type Value struct{}

type KeyValue struct {
	Key   Key
	Value Value
}

type Set struct{}

func NewSet(kvs ...KeyValue) Set { return Set{} }

func String(k, v string) KeyValue                 { return KeyValue{} }
func Int(k string, v int) KeyValue                { return KeyValue{} }
func Int64(k string, v int64) KeyValue            { return KeyValue{} }
func Float64(k string, v float64) KeyValue        { return KeyValue{} }
func Bool(k string, v bool) KeyValue              { return KeyValue{} }
func Stringer(k string, v fmt.Stringer) KeyValue  { return KeyValue{} }
func StringSlice(k string, v []string) KeyValue   { return KeyValue{} }
func IntSlice(k string, v []int) KeyValue         { return KeyValue{} }
func Int64Slice(k string, v []int64) KeyValue     { return KeyValue{} }
func Float64Slice(k string, v []float64) KeyValue { return KeyValue{} }
func BoolSlice(k string, v []bool) KeyValue       { return KeyValue{} }
func (k Key) String(v string) KeyValue            { return KeyValue{} }
func (k Key) Int(v int) KeyValue                  { return KeyValue{} }
func (k Key) Int64(v int64) KeyValue              { return KeyValue{} }
func (k Key) Float64(v float64) KeyValue          { return KeyValue{} }
func (k Key) Bool(v bool) KeyValue                { return KeyValue{} }
func (k Key) StringSlice(v []string) KeyValue     { return KeyValue{} }
func (k Key) IntSlice(v []int) KeyValue           { return KeyValue{} }
func (k Key) Int64Slice(v []int64) KeyValue       { return KeyValue{} }
func (k Key) Float64Slice(v []float64) KeyValue   { return KeyValue{} }
func (k Key) BoolSlice(v []bool) KeyValue         { return KeyValue{} }
func (k Key) Defined() bool                       { return k != "" }
func BoolValue(v bool) Value                      { return Value{} }
func IntValue(v int) Value                        { return Value{} }
func Int64Value(v int64) Value                    { return Value{} }
func Float64Value(v float64) Value                { return Value{} }
func StringValue(v string) Value                  { return Value{} }
func StringSliceValue(v []string) Value           { return Value{} }
func IntSliceValue(v []int) Value                 { return Value{} }
func (kv KeyValue) Valid() bool                   { return kv.Key.Defined() }
