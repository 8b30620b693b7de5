// Package extends's file extends a platform file: both are read, the
// platform's first; this one's service wins, the platform's namespace
// stays.
package extends // want "convention files=passes/config/shared/platform.yml,passes/config/extends/.obslint.yml service=extended namespace=shop"
