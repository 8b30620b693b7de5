// Package b is the fixture of the ignores analyzer run over the registry
// test's throwaway analyzer: it knows the new check's names.
package b

//obslint:ignore todo-func used: TodoSoon is reported and silenced
func TodoSoon() {}

//obslint:ignore todo nothing to silence: Other is no todo // want `//obslint:ignore todo silences nothing on this line or the next; remove it`
func Other() {}
