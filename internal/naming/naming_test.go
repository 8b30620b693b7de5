package naming

import "testing"

func TestTo(t *testing.T) {
	for _, tc := range []struct{ key, kc, want string }{
		{"userID", "snake", "user_id"},
		{"HTTPStatus", "snake", "http_status"},
		{"userIDs", "snake", "user_ids"},
		{"APIKey", "snake", "api_key"},
		{"http2Status", "snake", "http2_status"},
		{"number of configs", "snake", "number_of_configs"},
		{"Request-ID", "snake", "request_id"},
		{"ID", "snake", "id"},
		{"user_id", "camel", "userID"},
		{"http_status_code", "camel", "httpStatusCode"},
		{"user_ids", "camel", "userIDs"},
		{"user_id", "pascal", "UserID"},
		{"url", "pascal", "URL"},
		{"userID", "kebab", "user-id"},
		{"userID", "dot", "user.id"},
		{"élanVital", "pascal", "ÉlanVital"},
		{"--", "snake", ""},
	} {
		if got := To(tc.key, tc.kc); got != tc.want {
			t.Errorf("To(%q, %s) = %q, want %q", tc.key, tc.kc, got, tc.want)
		}
	}
}

func TestIs(t *testing.T) {
	for _, tc := range []struct {
		key, kc string
		want    bool
	}{
		{"user_id", "snake", true},
		{"user2_id", "snake", true},
		{"userID", "snake", false},
		{"user.id", "snake", false},
		{"_user", "snake", false},
		{"userID", "camel", true},
		{"userId", "camel", true},
		{"UserID", "camel", false},
		{"UserID", "pascal", true},
		{"user-id", "kebab", true},
		{"http.response.status_code", "dot", true},
		{"http.Response", "dot", false},
		{"anything goes", "any", true},
	} {
		if got := Is(tc.key, tc.kc); got != tc.want {
			t.Errorf("Is(%q, %s) = %v, want %v", tc.key, tc.kc, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for key, want := range map[string]string{"apiToken": "api_token", "API_TOKEN": "api_token", "api-token": "api_token", "Password": "password"} {
		if got := Normalize(key); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", key, got, want)
		}
	}
}
