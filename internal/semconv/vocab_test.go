package semconv

import "testing"

func TestVocabulary(t *testing.T) {
	reg := loadTestRegistry(t)
	v := &Vocabulary{Conventions: Builtin(), Release: MustParseVersion("1.37.0"), Registry: reg, Owned: []string{"shop"}}
	tests := []struct {
		key      string
		ok       bool
		registry bool
		status   Status
		typ      string
		rep      string
	}{
		{"shop.cart.id", true, true, Defined, "string", ""},
		{"shop.basket.id", true, true, Deprecated, "string", "shop.cart.id"},
		{"shop.legacy.region", true, true, Deprecated, "string", ""},
		{"shop.header.accept", true, true, Defined, "template[string]", ""},
		{"http.method", true, false, Deprecated, "string", "http.request.method"},
		{"http.request.method", true, false, Defined, "enum", ""},
		{"shop.unknown", false, false, 0, "", ""},
		{"acme.x", false, false, 0, "", ""},
	}
	for _, tt := range tests {
		d, ok := v.Attribute(tt.key)
		if ok != tt.ok || d.Registry != tt.registry || d.Status != tt.status || (ok && d.Type.String() != tt.typ) || d.Replacement != tt.rep {
			t.Errorf("Attribute(%s) = %+v, %v", tt.key, d, ok)
		}
	}
	if d, ok := v.Metric("shop.cart.size"); !ok || !d.Registry || d.Status != Deprecated || d.Note != "Use shop.cart.items on the checkout span." || d.Unit != "{item}" {
		t.Errorf("Metric(shop.cart.size) = %+v", d)
	}
	if d, ok := v.Metric("http.server.request.duration"); !ok || d.Registry || d.Instrument != Histogram || d.Unit != "s" {
		t.Errorf("Metric(http.server.request.duration) = %+v", d)
	}
	if d, ok := v.Metric("shop.orders"); !ok || d.Pos.Line != 14 {
		t.Errorf("Metric(shop.orders) = %+v", d)
	}
	if v.Owner("shop.x") != "shop" || v.Owner("http.x") != "" {
		t.Error("Owner")
	}
	if v.SuggestAttribute("shop.cart.idx") != "shop.cart.id" || v.SuggestMetric("shop.order") != "shop.orders" || v.SuggestAttribute("zzz") != "" {
		t.Error("suggestions")
	}
	none := &Vocabulary{}
	if _, ok := none.Attribute("http.method"); ok {
		t.Error("an empty vocabulary knows http.method")
	}
}

// TestVocabularyLocal: the metric-local attributes of old releases
// (state, pool.name) are not judged when code spells them, only when it
// takes them from a Go semconv package.
func TestVocabularyLocal(t *testing.T) {
	v := &Vocabulary{Conventions: Builtin(), Release: MustParseVersion("1.37.0")}
	for _, key := range []string{"state", "type", "pool.name", "gc"} {
		if d, ok := v.Attribute(key); ok {
			t.Errorf("Attribute(%s) = %+v", key, d)
		}
	}
	if d, ok := v.GoAttribute("state"); !ok || d.Status != Deprecated || d.Replacement != "db.client.connection.state" {
		t.Errorf("GoAttribute(state) = %+v, %v", d, ok)
	}
	if d, ok := v.GoAttribute("http.request.method"); !ok || d.Status != Defined {
		t.Errorf("GoAttribute(http.request.method) = %+v, %v", d, ok)
	}
	if info, ok := Builtin().Attribute("state", v.Release); !ok || !info.Local {
		t.Errorf("the table's state: %+v", info)
	}
	if info, _ := Builtin().Attribute("peer.service", v.Release); info.Local {
		t.Error("peer.service, alone in its namespace but no metric-local attribute, is marked local")
	}
}
