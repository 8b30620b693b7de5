package api

import (
	"testing"

	"report/served/testutil"
)

func TestRoutes(t *testing.T) { _ = testutil.Fake }
