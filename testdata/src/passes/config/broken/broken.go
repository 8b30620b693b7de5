// Package broken's convention file has a misspelled key.
package broken
