package slogs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"logkeys/slogs/keys"
)

type attrKey string

const (
	keyUser          = "user_id"
	badKey           = "userName" // want `log key "userName" is not snake case; use "user_name" \(logs.key_case\); the constant badKey is used as a log key 2 times in this package`
	typedKey attrKey = "typed"
	prefix           = "http"
)

var errBoom = errors.New("boom")

func Pairs(ctx context.Context, logger *slog.Logger, id string, n int) {
	// Clean twins: constant snake_case keys, from literals, constants and
	// constants of other packages.
	slog.Info("started", "user_id", id, "count", n)
	slog.Info("started", keyUser, id, keys.Request, n)
	slog.Info("started", prefix+"_status", 200)
	logger.InfoContext(ctx, "started", "user_id", id)
	logger.Log(ctx, slog.LevelInfo, "started", "count", n)
	logger.With("user_id", id).Debug("started")

	slog.Info("started", "userID", id)      // want `log key "userID" is an alias; the convention's key is "user_id" \(logs.canonical_keys\)`
	slog.Info("started", "err", errBoom)    // want `log key "err" is an alias; the convention's key is "error"`
	slog.Info("started", "HTTPStatus", 200) // want `log key "HTTPStatus" is not snake case; use "http_status" \(logs.key_case\)`
	slog.Info("started", badKey, id)        // reported once, at the constant
	slog.Info("started", keys.Bad, id)      // want `log key "requestID" is not snake case; use "request_id" \(logs.key_case\); the constant keys.Bad is used as a log key 2 times in this package \(reported at its first use\)`
	logger.Info("started", badKey, id, keys.Bad, id)
	logger.Warn("started", "password", "x")                      // want `log key "password" is forbidden by the convention \(logs.forbidden_keys: password\)`
	logger.Warn("started", "apiToken", "x")                      // want `log key "apiToken" is forbidden by the convention \(logs.forbidden_keys: api_token\)`
	slog.Info("started", "msg", "x")                             // want `log key "msg" is one slog writes itself, so the record gets it twice; choose another key`
	slog.Info("started", "user_id")                              // want `key "user_id" has no value; slog logs it under !BADKEY \(add the value, or drop the key\)`
	slog.Info("started", "count", n, id)                         // want `key has no value`
	slog.Error("failed", errBoom)                                // want `errBoom \(error\) is at a key position but is not a string, so slog logs it under !BADKEY; write a key before it: "error", errBoom`
	slog.Info("started", typedKey, 1)                            // want `typedKey \(attrKey\) is at a key position but is not a string, so slog logs it under !BADKEY; convert it: string\(typedKey\)`
	slog.Info("started", fmt.Sprint("k", n), 1)                  // want `log key fmt.Sprint\("k", n\) is built with fmt.Sprint, so nobody can search for it and obslint cannot check it; use a constant key and put the variable part in the value`
	slog.Info("started", "count", n, slog.String("user_id", id)) // want `this slog call mixes key/value pairs and attributes; write all of them one way`

	// An any may hold a key or an attribute: not guessed at.
	var v any = "user_id"
	slog.Info("started", v, id, "userID")
	slog.Info("started", "count", n, v)

	// Spread arguments are not guessed at.
	args := []any{"userID", id}
	slog.Info("started", args...)
}

func Attrs(ctx context.Context, logger *slog.Logger, id string) {
	logger.LogAttrs(ctx, slog.LevelInfo, "started", slog.String("user_id", id), slog.Int("count", 1))
	logger.LogAttrs(ctx, slog.LevelInfo, "started", slog.String("userId", id)) // want `log key "userId" is not snake case; use "user_id"`
	slog.Info("started", slog.Any("time", 1))                                  // want `log key "time" is one slog writes itself`
	a := slog.Attr{Key: "Request", Value: slog.StringValue(id)}                // want `log key "Request" is not snake case; use "request"`
	b := slog.Attr{Key: "request", Value: slog.StringValue(id)}
	slog.Info("started", a, b)
	// Inside a group, time and msg are the group's own keys.
	slog.Info("started", slog.Group("req", "time", 1, slog.String("msg", id), "Method", "GET")) // want `log key "Method" is not snake case; use "method"`
	slog.Info("started", slog.Group("Req", "id", id))                                           // want `log key "Req" is not snake case; use "req"`
	g := logger.WithGroup("req")
	g.Info("started", "time", 1)
	logger.WithGroup("req").Info("started", "msg", 1)
	logger.WithGroup("reqInfo") // want `log key "reqInfo" is not snake case; use "req_info"`
	// Attributes built ahead of the call are checked where they are built.
	attrs := []slog.Attr{slog.String("user_id", id), slog.Int("Count", 1)} // want `log key "Count" is not snake case; use "count"`
	logger.LogAttrs(ctx, slog.LevelInfo, "started", attrs...)
}

func Messages(logger *slog.Logger, id string, err error) {
	slog.Info("user logged in", "user_id", id)
	slog.Info("user %s logged in", "user_id", id) // want `the message has the printf verb %s but Info does not format it; put the value in a key`
	slog.Info("100% done")
	slog.Info(fmt.Sprintf("user %s logged in", id)) // want `the log message is built with fmt.Sprintf; keep messages constant and put the values in keys \(logs.static_message\)`
	logger.Error("failed: " + err.Error())          // want `the log message is built by concatenation`
	logger.Error(err.Error())                       // want `the log message is an error's text`
	msg := "plain"
	if id == "" {
		msg = "empty"
	}
	slog.Info(msg)
	text := fmt.Sprint(id)
	slog.Info(text) // want `the log message is a variable built at run time`
	logf(logger, "forwarded")
	level, class := classify(err)
	logger.Log(context.Background(), level, class)
	slog.Info(classOf(err))
	slog.Info(strings.Join([]string{id, "x"}, " ")) // want `the log message is built with strings.Join`
	slog.Info(slog.LevelInfo.String())              // want `the log message is a value's text \(Level.String\)`
}

// classify picks one of a few constant messages: not dynamic.
func classify(err error) (slog.Level, string) {
	if err != nil {
		return slog.LevelError, "request failed"
	}
	return slog.LevelInfo, "request served"
}

func classOf(err error) string {
	_, c := classify(err)
	return c
}

// logf hands its message on: the call sites are checked, not this line.
func logf(logger *slog.Logger, msg string) {
	logger.Info(msg)
}

// Keys handed on are checked where they are built.
func Forward(logger *slog.Logger, key string, fields map[string]any, cfg struct{ Key string }) {
	logger.Info("forwarded", key, 1)
	logger.Info("configured", cfg.Key, 1)
	for k, v := range fields {
		logger.Info("field", k, v)
	}
	built := "k_" + key
	logger.Info("built", built, 1)    // want `log key built is a variable built at run time`
	logger.Info("built", "k_"+key, 1) // want `log key "k_" \+ key is built by concatenation`
}
