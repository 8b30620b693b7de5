// Package zapcore is a stub of go.uber.org/zap/zapcore (v1.27) for
// analysistest: the types the zap API signatures use.
package zapcore

// Level is a logging priority.
type Level int8

// Levels.
const (
	DebugLevel Level = iota - 1
	InfoLevel
	WarnLevel
	ErrorLevel
	DPanicLevel
	PanicLevel
	FatalLevel
)

// FieldType tells an encoder how to marshal a Field.
type FieldType uint8

// Field is a marshaling operation used to add a key-value pair to a
// logger's context.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}

// ObjectEncoder is a strongly-typed, encoding-agnostic interface for adding
// a map- or struct-like object to the logging context.
type ObjectEncoder interface {
	AddString(key, value string)
	AddInt(key string, value int)
	AddObject(key string, marshaler ObjectMarshaler) error
}

// ObjectMarshaler allows user-defined types to efficiently add themselves
// to the logging context.
type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}

// ArrayEncoder is a strongly-typed, encoding-agnostic interface for adding
// array-like objects to the logging context.
type ArrayEncoder interface {
	AppendString(string)
}

// ArrayMarshaler allows user-defined types to efficiently add themselves
// to the logging context.
type ArrayMarshaler interface {
	MarshalLogArray(ArrayEncoder) error
}

// Core is a minimal, fast logger interface.
type Core interface {
	Enabled(Level) bool
}

// CheckedEntry is an Entry together with a collection of Cores that have
// already agreed to log it.
type CheckedEntry struct{}

// Write writes the entry.
func (ce *CheckedEntry) Write(fields ...Field) {}

// OmitKey omits a key from the encoded record.
const OmitKey = ""

// EncoderConfig names the keys the encoders write.
type EncoderConfig struct {
	MessageKey    string
	LevelKey      string
	TimeKey       string
	NameKey       string
	CallerKey     string
	FunctionKey   string
	StacktraceKey string
	LineEnding    string
}

// Encoder encodes records.
type Encoder interface{}

func NewJSONEncoder(cfg EncoderConfig) Encoder    { return nil }
func NewConsoleEncoder(cfg EncoderConfig) Encoder { return nil }
