// Package status is a stub of google.golang.org/grpc/status.
package status

import "google.golang.org/grpc/codes"

func Error(c codes.Code, msg string) error               { return nil }
func Errorf(c codes.Code, format string, a ...any) error { return nil }
