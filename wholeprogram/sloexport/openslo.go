package sloexport

import (
	"io"
)

// OpenSLO v1 SLO document (https://github.com/OpenSLO/OpenSLO), with the
// indicator inline.
type openSLO struct {
	APIVersion string          `yaml:"apiVersion"`
	Kind       string          `yaml:"kind"`
	Metadata   openSLOMetadata `yaml:"metadata"`
	Spec       struct {
		Description string `yaml:"description"`
		Service     string `yaml:"service"`
		Indicator   struct {
			Metadata openSLOMetadata `yaml:"metadata"`
			Spec     struct {
				RatioMetric struct {
					Counter bool          `yaml:"counter"`
					Bad     openSLOSource `yaml:"bad"`
					Total   openSLOSource `yaml:"total"`
				} `yaml:"ratioMetric"`
			} `yaml:"spec"`
		} `yaml:"indicator"`
		TimeWindow      []openSLOWindow    `yaml:"timeWindow"`
		BudgetingMethod string             `yaml:"budgetingMethod"`
		Objectives      []openSLOObjective `yaml:"objectives"`
	} `yaml:"spec"`
}

type openSLOMetadata struct {
	Name        string            `yaml:"name"`
	DisplayName string            `yaml:"displayName,omitempty"`
	Labels      map[string]string `yaml:"labels,omitempty"`
}

type openSLOSource struct {
	MetricSource struct {
		Type string `yaml:"type"`
		Spec struct {
			Query string `yaml:"query"`
		} `yaml:"spec"`
	} `yaml:"metricSource"`
}

type openSLOWindow struct {
	Duration  string `yaml:"duration"`
	IsRolling bool   `yaml:"isRolling"`
}

type openSLOObjective struct {
	DisplayName string  `yaml:"displayName"`
	Target      float64 `yaml:"target"`
}

// WriteOpenSLO writes one OpenSLO v1 SLO document per objective.
func WriteOpenSLO(w io.Writer, objs []Objective) error {
	if err := header(w, "# OpenSLO v1 SLO documents, one per objective.", objs); err != nil {
		return err
	}
	first := true
	for _, o := range objs {
		if o.SLI == nil {
			continue
		}
		var d openSLO
		d.APIVersion, d.Kind = "openslo/v1", "SLO"
		d.Metadata = openSLOMetadata{Name: o.ID, DisplayName: o.SLO + " " + o.Kind + " of " + shortFunc(o.Function), Labels: map[string]string{"slo": o.SLO}}
		if o.Owner != "" {
			d.Metadata.Labels["team"] = o.Owner
		}
		d.Spec.Description = description(o)
		d.Spec.Service = o.Service
		d.Spec.Indicator.Metadata.Name = o.ID + "-sli"
		rm := &d.Spec.Indicator.Spec.RatioMetric
		// The queries are rates over one minute, not cumulative counters:
		// OpenSLO's counter: true would have the tool take deltas of them.
		rm.Counter = false
		rm.Bad.MetricSource.Type = "Prometheus"
		rm.Bad.MetricSource.Spec.Query = Query(o.SLI.Bad, "1m")
		rm.Total.MetricSource.Type = "Prometheus"
		rm.Total.MetricSource.Spec.Query = Query(o.SLI.Total, "1m")
		d.Spec.TimeWindow = []openSLOWindow{{Duration: o.WindowTxt, IsRolling: true}}
		d.Spec.BudgetingMethod = "Occurrences"
		d.Spec.Objectives = []openSLOObjective{{DisplayName: o.Kind, Target: round(o.Target / 100)}}
		if !first {
			if _, err := io.WriteString(w, "---\n"); err != nil {
				return err
			}
		}
		first = false
		if err := encodeYAML(w, d); err != nil {
			return err
		}
	}
	return nil
}
