package sloexport

import (
	"fmt"
	"io"
	"sort"
)

// Sloth prometheus/v1 spec (https://sloth.dev), one document per service.
type slothSpec struct {
	Version string     `yaml:"version"`
	Service string     `yaml:"service"`
	Labels  slothOwner `yaml:"labels,omitempty"`
	SLOs    []slothSLO `yaml:"slos"`
}

type slothOwner map[string]string

type slothSLO struct {
	Name        string            `yaml:"name"`
	Objective   float64           `yaml:"objective"`
	Description string            `yaml:"description"`
	Labels      map[string]string `yaml:"labels,omitempty"`
	SLI         struct {
		Events struct {
			ErrorQuery string `yaml:"error_query"`
			TotalQuery string `yaml:"total_query"`
		} `yaml:"events"`
	} `yaml:"sli"`
	Alerting slothAlerting `yaml:"alerting"`
}

type slothAlerting struct {
	Name        string            `yaml:"name"`
	Labels      map[string]string `yaml:"labels,omitempty"`
	Annotations map[string]string `yaml:"annotations,omitempty"`
	PageAlert   slothAlert        `yaml:"page_alert"`
	TicketAlert slothAlert        `yaml:"ticket_alert"`
}

type slothAlert struct {
	Labels map[string]string `yaml:"labels"`
}

// WriteSloth writes one Sloth prometheus/v1 spec per service, one SLO per
// objective. Sloth builds the multi-window alerts itself.
func WriteSloth(w io.Writer, objs []Objective) error {
	byService := make(map[string][]Objective)
	for _, o := range objs {
		if o.SLI != nil {
			byService[o.Service] = append(byService[o.Service], o)
		}
	}
	services := make([]string, 0, len(byService))
	for s := range byService {
		services = append(services, s)
	}
	sort.Strings(services)
	if err := header(w, "# Sloth prometheus/v1 specs, one per service.", objs); err != nil {
		return err
	}
	for i, svc := range services {
		spec := slothSpec{Version: "prometheus/v1", Service: svc}
		for _, o := range byService[svc] {
			s := slothSLO{
				Name:        o.ID,
				Objective:   o.Target,
				Description: description(o),
				Labels:      map[string]string{"slo": o.SLO, "kind": o.Kind},
			}
			if o.Owner != "" {
				s.Labels["team"] = o.Owner
			}
			s.SLI.Events.ErrorQuery = Query(o.SLI.Bad, "{{.window}}")
			s.SLI.Events.TotalQuery = Query(o.SLI.Total, "{{.window}}")
			team := map[string]string{}
			if o.Owner != "" {
				team["team"] = o.Owner
			}
			s.Alerting = slothAlerting{
				Name:        alertBase(o),
				Labels:      team,
				Annotations: map[string]string{"summary": fmt.Sprintf("%s is burning its %s error budget", shortFunc(o.Function), o.SLO)},
				PageAlert:   slothAlert{Labels: map[string]string{"severity": "page"}},
				TicketAlert: slothAlert{Labels: map[string]string{"severity": "ticket"}},
			}
			spec.SLOs = append(spec.SLOs, s)
		}
		if i > 0 {
			if _, err := io.WriteString(w, "---\n"); err != nil {
				return err
			}
		}
		if err := encodeYAML(w, spec); err != nil {
			return err
		}
	}
	return nil
}

func description(o Objective) string {
	what := fmt.Sprintf("%s%% of calls to %s succeed", num(o.Target), shortFunc(o.Function))
	if o.Kind == Latency {
		what = fmt.Sprintf("%s%% of calls to %s finish within %s", num(o.Target), shortFunc(o.Function), o.Threshold)
	}
	return fmt.Sprintf("%s over %s (declared at %s; indicator %s).", what, o.WindowTxt, o.Position, o.SLI.Metric)
}
