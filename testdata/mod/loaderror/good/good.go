// Package good compiles; its findings are reported although a sibling
// package does not compile.
package good

//obslint:bogus // want `unknown directive //obslint:bogus`
func Handler() {}
