package naming

import "testing"

func TestTo(t *testing.T) {
	for _, tc := range []struct{ c, in, want string }{
		{Snake, "userID", "user_id"},
		{Snake, "HTTPStatus", "http_status"},
		{Snake, "requestId", "request_id"},
		{Snake, "user-id", "user_id"},
		{Snake, "User.ID", "user_id"},
		{Snake, "already_snake", "already_snake"},
		{Snake, "ip4Addr", "ip4_addr"},
		{Camel, "user_id", "userId"},
		{Camel, "HTTPStatus", "httpStatus"},
		{Pascal, "user_id", "UserId"},
		{Kebab, "userID", "user-id"},
		{Dot, "httpRequestMethod", "http.request.method"},
		{Any, "Whatever_It-Is", "Whatever_It-Is"},
	} {
		if got := To(tc.c, tc.in); got != tc.want {
			t.Errorf("To(%s, %q) = %q, want %q", tc.c, tc.in, got, tc.want)
		}
	}
}

func TestIs(t *testing.T) {
	for _, tc := range []struct {
		c, s string
		want bool
	}{
		{Snake, "user_id", true}, {Snake, "userID", false}, {Snake, "user__id", false}, {Snake, "_x", false},
		{Camel, "userId", true}, {Camel, "user_id", false},
		{Pascal, "UserID", true}, {Kebab, "user-id", true}, {Kebab, "user_id", false},
		{Dot, "http.request.method", true}, {Dot, "http.status_code", true}, {Dot, "Http.x", false},
		{Any, "Anything Goes", true},
	} {
		if got := Is(tc.c, tc.s); got != tc.want {
			t.Errorf("Is(%s, %q) = %v, want %v", tc.c, tc.s, got, tc.want)
		}
	}
}
