// Package redis is a stub of github.com/redis/go-redis/v9.
package redis

import "context"

type Options struct{ Addr string }

type StringCmd struct{}

func (c *StringCmd) Result() (string, error) { return "", nil }

type UniversalClient interface {
	Get(ctx context.Context, key string) *StringCmd
}

type Client struct{}

func NewClient(opt *Options) *Client                                { return &Client{} }
func (c *Client) Get(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
