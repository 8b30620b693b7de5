package handed

import (
	"testing"

	"go.uber.org/zap"
)

func TestRecover(t *testing.T) {
	l, _ := zap.NewDevelopment()
	Recover(l, nil)
}
