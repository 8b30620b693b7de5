package semconv

import "gopkg.in/yaml.v3"

// parseManifest checks a manifest.yaml (or registry_manifest.yaml): a mapping of Weaver's
// manifest keys. Dependencies are not fetched; obslint resolves references
// to the OpenTelemetry conventions from its own table.
func parseManifest(file string, data []byte) error {
	p := &parser{file: file, budget: maxNodeVisits}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlError(file, err)
	}
	if len(doc.Content) == 0 {
		return nil
	}
	m, err := p.mapping(doc.Content[0], "", []string{"file_format", "name", "description", "semconv_version",
		"schema_base_url", "schema_url", "dependencies", "stability", "resolved_registry_uri"})
	if err != nil {
		return err
	}
	for _, k := range []string{"file_format", "name", "description", "semconv_version", "schema_base_url", "schema_url", "stability", "resolved_registry_uri"} {
		if _, err := m.str(k); err != nil {
			return err
		}
	}
	deps, err := m.list("dependencies")
	if err != nil {
		return err
	}
	for _, d := range deps {
		if _, err := p.mapping(d, "dependencies", nil); err != nil {
			return err
		}
	}
	return nil
}
