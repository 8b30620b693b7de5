// Package a is a fixture of the registry test's throwaway analyzer, which
// reports every function whose name starts with Todo.
package a

func Todo() {} // want `function Todo is a todo`

//obslint:ignore todo-func silenced on purpose, as a test
func TodoLater() {}
