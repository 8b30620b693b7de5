package coverage

import (
	"fmt"
	"go/token"
	"go/types"
	"testing"
)

// BenchmarkWalk walks a synthetic module call graph the shape of a large
// service's: 200 entry points over a layered graph of 20,000 functions
// (handlers, services, stores, helpers), each calling four functions of
// the next layer, one in eight observed.
func BenchmarkWalk(b *testing.B) {
	const layers, width, fanout = 5, 4000, 4
	pkg := types.NewPackage("example.com/svc", "svc")
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	fns := make([][]*types.Func, layers)
	for l := range fns {
		fns[l] = make([]*types.Func, width)
		for i := range fns[l] {
			fns[l][i] = types.NewFunc(token.NoPos, pkg, fmt.Sprintf("F%d_%d", l, i), sig)
		}
	}
	g := &moduleGraph{out: make(map[*types.Func][]*types.Func)}
	observed := make(map[*types.Func]bool)
	for l := 0; l+1 < layers; l++ {
		for i, f := range fns[l] {
			for k := range fanout {
				g.out[f] = append(g.out[f], fns[l+1][(i*7+k*131)%width])
			}
			if i%8 == 0 {
				observed[f] = true
			}
		}
	}
	isObserved := func(f *types.Func) bool { return observed[f] }
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < 200; i++ {
			g.walk(fns[0][i*17%width], isObserved)
		}
	}
}
