package coverage

import (
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
)

// A blind spot is worth instrumenting when a failure there costs
// something and nothing sees it: it calls out of the process (a database,
// an HTTP or gRPC client, a queue, a cloud API, a subprocess) or does file
// I/O. These tables say exactly which calls do; touching a net/http type
// (reading a header, writing a response) is neither.

// outCall describes a library whose calls leave the process.
type outCall struct {
	pkg  string // import path (PkgPathIs), or a prefix ending in "/"
	what string // how the report names it
	// names, when set, are the functions or methods that call out (a
	// name ending in "*" is a prefix); otherwise, any function or method
	// taking a context.Context first does.
	names []string
}

var outCalls = []outCall{
	{pkg: "database/sql", what: "database/sql", names: []string{"Query*", "Exec*", "Begin*", "Prepare*", "Ping*", "Commit", "Rollback"}},
	{pkg: "net/http", what: "an HTTP client", names: []string{"Do", "Get", "Post", "PostForm", "Head", "RoundTrip"}},
	{pkg: "net", what: "the network", names: []string{"Dial", "DialTimeout", "DialContext", "DialTCP", "DialUDP", "LookupHost", "LookupIP", "LookupAddr", "LookupSRV"}},
	{pkg: "google.golang.org/grpc", what: "a gRPC client", names: []string{"Invoke", "NewStream"}},
	{pkg: "os/exec", what: "a subprocess", names: []string{"Run", "Output", "CombinedOutput", "Start"}},
	{pkg: "gorm.io/gorm", what: "gorm", names: []string{"Find", "First", "Take", "Last", "Create", "CreateInBatches", "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns", "Delete", "Exec", "Scan", "Count", "Pluck", "Row", "Rows", "Transaction", "FirstOrCreate", "FirstOrInit", "FindInBatches"}},
	{pkg: "github.com/jinzhu/gorm", what: "gorm", names: []string{"Find", "First", "Take", "Last", "Create", "Save", "Update", "Updates", "Delete", "Exec", "Scan", "Count", "Pluck", "Row", "Rows", "Transaction", "FirstOrCreate"}},
	{pkg: "github.com/jmoiron/sqlx", what: "sqlx", names: []string{"Get*", "Select*", "Query*", "Exec*", "NamedExec*", "NamedQuery*", "Begin*", "MustExec*", "Preparex*", "PrepareNamed*"}},
	{pkg: "github.com/jackc/pgx", what: "pgx", names: []string{"Query*", "Exec", "Begin*", "SendBatch", "CopyFrom", "Acquire", "Ping"}},
	{pkg: "github.com/jackc/pgx/v5/pgxpool", what: "pgx", names: []string{"Query*", "Exec", "Begin*", "SendBatch", "CopyFrom", "Acquire", "Ping"}},
	{pkg: "github.com/jackc/pgx/v4/pgxpool", what: "pgx", names: []string{"Query*", "Exec", "Begin*", "SendBatch", "CopyFrom", "Acquire", "Ping"}},
	{pkg: "github.com/uptrace/bun", what: "bun", names: []string{"Exec", "Scan", "Query*", "Begin*", "RunInTx"}},
	{pkg: "go.mongodb.org/mongo-driver/mongo", what: "MongoDB"},
	{pkg: "go.mongodb.org/mongo-driver/v2/mongo", what: "MongoDB"},
	{pkg: "github.com/redis/go-redis", what: "Redis"},
	{pkg: "github.com/go-redis/redis", what: "Redis"},
	{pkg: "github.com/gomodule/redigo/redis", what: "Redis", names: []string{"Do", "Send", "DoContext", "Receive"}},
	{pkg: "github.com/segmentio/kafka-go", what: "Kafka", names: []string{"WriteMessages", "ReadMessage", "FetchMessage", "CommitMessages"}},
	{pkg: "github.com/IBM/sarama", what: "Kafka", names: []string{"SendMessage", "SendMessages", "Consume", "ConsumePartition"}},
	{pkg: "github.com/Shopify/sarama", what: "Kafka", names: []string{"SendMessage", "SendMessages", "Consume", "ConsumePartition"}},
	{pkg: "github.com/twmb/franz-go/pkg/kgo", what: "Kafka", names: []string{"Produce*", "PollFetches", "PollRecords", "CommitRecords", "CommitUncommittedOffsets"}},
	{pkg: "github.com/nats-io/nats.go", what: "NATS", names: []string{"Publish*", "Request*", "Subscribe", "QueueSubscribe", "Flush*"}},
	{pkg: "github.com/rabbitmq/amqp091-go", what: "RabbitMQ", names: []string{"Publish*", "Consume*", "QueueDeclare", "ExchangeDeclare", "Dial*"}},
	{pkg: "github.com/streadway/amqp", what: "RabbitMQ", names: []string{"Publish", "Consume", "QueueDeclare", "ExchangeDeclare", "Dial*"}},
	{pkg: "go.etcd.io/etcd/client/v3", what: "etcd", names: []string{"Get", "Put", "Delete", "Txn", "Grant", "KeepAlive*", "Watch", "Compact"}},
	{pkg: "github.com/gocql/gocql", what: "Cassandra", names: []string{"Exec", "Iter", "Scan", "ExecuteBatch", "MapScan"}},
	{pkg: "github.com/ClickHouse/clickhouse-go", what: "ClickHouse", names: []string{"Query*", "Exec", "PrepareBatch", "Send", "Select", "AsyncInsert", "Ping"}},
	{pkg: "github.com/elastic/go-elasticsearch", what: "Elasticsearch", names: []string{"Do", "Perform"}},
	{pkg: "github.com/aws/aws-sdk-go-v2/", what: "AWS"},
	{pkg: "github.com/aws/aws-sdk-go/service/", what: "AWS", names: []string{"*WithContext", "*Request"}},
	{pkg: "cloud.google.com/go/", what: "Google Cloud"},
	{pkg: "github.com/Azure/azure-sdk-for-go/", what: "Azure"},
	{pkg: "github.com/minio/minio-go", what: "object storage (minio)"},
	{pkg: "github.com/hashicorp/consul/api", what: "Consul", names: []string{"Get", "Put", "Delete", "List", "Keys", "Register", "Deregister", "Service", "Services"}},
	{pkg: "github.com/hashicorp/vault/api", what: "Vault", names: []string{"Read*", "Write*", "Delete*", "List*", "Logical"}},
}

// ioCalls are the standard library's file operations.
var ioCalls = map[string][]string{
	"os":            {"Open", "OpenFile", "Create", "ReadFile", "WriteFile", "ReadDir", "Remove", "RemoveAll", "Rename", "Mkdir", "MkdirAll", "MkdirTemp", "CreateTemp", "Stat", "Lstat", "Chmod", "Chown", "Truncate", "Link", "Symlink", "Readlink", "Read", "Write", "ReadAt", "WriteAt", "WriteString", "Sync", "Readdir", "Readdirnames"},
	"io/ioutil":     {"ReadFile", "WriteFile", "ReadDir", "TempFile", "TempDir"},
	"path/filepath": {"Walk", "WalkDir", "Glob", "EvalSymlinks"},
	"io/fs":         {"ReadFile", "ReadDir", "WalkDir", "Glob", "Stat"},
}

// callsOut says whether a call of fn leaves the process, naming what it
// calls, or does file I/O.
func callsOut(fn *types.Func) (out string, io bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	if names, ok := ioCalls[path]; ok {
		return "", nameIn(name, names)
	}
	for _, oc := range outCalls {
		matches := false
		if strings.HasSuffix(oc.pkg, "/") {
			matches = strings.HasPrefix(path, oc.pkg)
		} else {
			matches = typesutil.PkgPathIs(path, oc.pkg) || strings.HasPrefix(path, oc.pkg+"/") && !strings.Contains(path[len(oc.pkg)+1:], "internal")
		}
		if !matches {
			continue
		}
		if oc.names != nil {
			if nameIn(name, oc.names) && isCallOut(fn, oc) {
				return oc.what, false
			}
			return "", false
		}
		if takesContext(fn) && returnsErrorOrResult(fn) {
			return oc.what, false
		}
		return "", false
	}
	return "", false
}

// isCallOut rules out same-named calls that do not leave the process:
// net/http's Get is a client call, but Header.Get and URL.Query are not.
func isCallOut(fn *types.Func, oc outCall) bool {
	if oc.pkg != "net/http" {
		return true
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return true // http.Get, http.Post
	}
	n := typesutil.NamedOf(sig.Recv().Type())
	return n != nil && (n.Obj().Name() == "Client" || n.Obj().Name() == "Transport" || n.Obj().Name() == "RoundTripper")
}

func nameIn(name string, names []string) bool {
	for _, n := range names {
		if p, ok := strings.CutSuffix(n, "*"); ok {
			if strings.HasPrefix(name, p) {
				return true
			}
		} else if s, ok := strings.CutPrefix(n, "*"); ok {
			if strings.HasSuffix(name, s) {
				return true
			}
		} else if name == n {
			return true
		}
	}
	return false
}

// takesContext reports whether fn's first parameter is a context: the
// mark of a client call in the SDKs without a name list.
func takesContext(fn *types.Func) bool {
	p := fn.Type().(*types.Signature).Params()
	return p.Len() > 0 && typesutil.IsNamed(p.At(0).Type(), "context", "Context")
}

// returnsErrorOrResult reports whether fn returns something (an SDK call
// returns an error or a command to inspect).
func returnsErrorOrResult(fn *types.Func) bool {
	return fn.Type().(*types.Signature).Results().Len() > 0
}

// clientInstrumentation are the libraries that instrument a client of an
// outside system — every call through an instrumented client records a
// span or metrics — by import path (prefix) and, when only some of the
// package's functions do, their names. A program that applies one (for
// Redis: redisotel.InstrumentTracing(rdb)) has its calls to that system
// observed: they are no blind spot, and the functions making them count
// as observed.
var clientInstrumentation = []struct {
	pkg   string
	names []string
	what  string // as outCalls name the system
}{
	{pkg: "github.com/redis/go-redis/extra/redisotel", what: "Redis"},
	{pkg: "github.com/go-redis/redis/extra/redisotel", what: "Redis"},
	{pkg: "github.com/exaring/otelpgx", what: "pgx"},
	{pkg: "github.com/XSAM/otelsql", what: "database/sql"},
	{pkg: "go.nhat.io/otelsql", what: "database/sql"},
	{pkg: "github.com/uptrace/opentelemetry-go-extra/otelsql", what: "database/sql"},
	{pkg: "github.com/uptrace/opentelemetry-go-extra/otelgorm", what: "gorm"},
	{pkg: "gorm.io/plugin/opentelemetry", what: "gorm"},
	{pkg: "github.com/uptrace/bun/extra/bunotel", what: "bun"},
	{pkg: "go.opentelemetry.io/contrib/instrumentation/go.mongodb.org/mongo-driver", what: "MongoDB"},
	{pkg: "go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws", what: "AWS"},
	{pkg: "github.com/dnwe/otelsarama", what: "Kafka"},
	{pkg: "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", names: []string{"NewTransport"}, what: "an HTTP client"},
	{pkg: "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc", names: []string{"NewClientHandler", "UnaryClientInterceptor", "StreamClientInterceptor"}, what: "a gRPC client"},
	{pkg: "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus", names: []string{"NewClientMetrics", "UnaryClientInterceptor", "StreamClientInterceptor"}, what: "a gRPC client"},
}

// instrumentsClient names the system whose clients a call of fn
// instruments, or "".
func instrumentsClient(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	path := fn.Pkg().Path()
	for _, ci := range clientInstrumentation {
		if path != ci.pkg && !strings.HasPrefix(path, ci.pkg+"/") && !typesutil.PkgPathIs(path, ci.pkg) {
			continue
		}
		if ci.names == nil || nameIn(fn.Name(), ci.names) {
			return ci.what
		}
	}
	return ""
}
