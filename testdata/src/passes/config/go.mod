module fence

// The config pass test looks for convention files from here down only:
// the Finder stops at a go.mod, the root of a module.
