// Package docs embeds obslint's documentation pages so that
// "obslint explain CHECK" works offline, from the same files the
// repository shows.
package docs

import "embed"

// Checks holds one Markdown page per check: checks/<ID>.md.
//
//go:embed checks
var Checks embed.FS
