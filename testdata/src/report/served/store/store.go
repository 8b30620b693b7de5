// Package store is what the services call: a SQL database nothing
// instruments, a Redis cache whose client is instrumented (redisotel),
// and helpers no reviewer would instrument.
package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/redis/go-redis/extra/redisotel/v9"
	"github.com/redis/go-redis/v9"
)

type Store struct {
	db    *sql.DB
	cache *redis.Client
}

func New(db *sql.DB) *Store {
	rdb := redis.NewClient(&redis.Options{Addr: "cache:6379"})
	_ = redisotel.InstrumentTracing(rdb)
	return &Store{db: db, cache: rdb}
}

// Order reads the cache (observed by redisotel), then the database (not
// observed): a blind spot worth instrumenting.
func (s *Store) Order(ctx context.Context, id string) (string, error) {
	if v, err := s.cache.Get(ctx, key(id)).Result(); err == nil {
		return v, nil
	}
	return s.query(ctx, id)
}

func (s *Store) query(ctx context.Context, id string) (string, error) {
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM orders WHERE id = ?", id).Scan(&name)
	return name, err
}

// Cached only reads the instrumented cache.
func (s *Store) Cached(ctx context.Context, id string) (string, error) {
	return s.cache.Get(ctx, key(id)).Result()
}

// key is a string helper: never a blind spot.
func key(id string) string { return "order:" + strings.ToLower(id) }
