// Package app is never analysed: its module's convention file is broken.
package app

//obslint:bogus
func Handler() {}
