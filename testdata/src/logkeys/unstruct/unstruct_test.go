package unstruct

import (
	"fmt"
	"testing"
)

func TestPrint(t *testing.T) {
	fmt.Println("tests may print")
}
