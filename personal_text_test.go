package rescue_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
)

// personalMarked returns modelOp with every Personal field, wherever it
// is (names, notes, descriptions, areas, promises, in records and in
// tallies), set to a marker of its own, and the markers.
func personalMarked(t *testing.T) (*rescue.Operation, []string) {
	t.Helper()
	op := modelOp()
	var markers []string
	personal := reflect.TypeFor[rescue.Personal]()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.String:
			if v.Type() == personal {
				m := fmt.Sprintf("Qzmarker%dZq", len(markers))
				markers = append(markers, m)
				v.SetString(m)
			}
		}
	}
	walk(reflect.ValueOf(op))
	if len(markers) < 10 {
		t.Fatalf("only %d personal fields marked: the fixture misses some", len(markers))
	}
	return op, markers
}

// personalValues returns every value of a model type reachable from op,
// with its container types: each record and its parts, by value, pointer
// and slice.
func personalValues(op *rescue.Operation) map[string]any {
	out := map[string]any{
		"Operation": *op, "*Operation": op, "[]*Operation": []*rescue.Operation{op},
		"Victims": op.Victims, "Suspects": op.Suspects, "Evidence": op.Evidence, "Places": op.Places,
		"Triggers": op.Triggers, "Counts": op.Counts,
		"[]Victim": []rescue.Victim(op.Victims), "[]Evidence": []rescue.Evidence(op.Evidence),
		"[]Trigger": []rescue.Trigger(op.Triggers), "[]Place": []rescue.Place(op.Places), "[]Tally": []rescue.Tally(op.Counts),
	}
	v, s, e := op.Victims[0], op.Suspects[0], op.Evidence[1]
	out["Victim"], out["*Victim"] = v, &v
	out["Suspect"], out["*Suspect"] = s, &s
	out["Evidence"+"[1]"], out["*Evidence"] = e, &e
	out["CustodyEvent"], out["[]CustodyEvent"] = e.Custody[0], e.Custody
	out["Recruitment"], out["*Recruitment"] = v.Recruitment, &v.Recruitment
	out["Place"], out["Trigger"], out["Tally"] = op.Places[0], op.Triggers[0], op.Counts[0]
	out["Personal"] = v.Name
	out["map"] = map[string]any{"v": v, "e": e, "t": op.Triggers[0]}
	// A draft of Extract: its findings quote the report, and its
	// operation holds what the report said.
	d := rescue.Draft{Operation: op, Findings: rescue.List[rescue.Finding]{{Start: 0, End: 9, Text: v.Name, Path: "victims[0].name"}}}
	out["Draft"], out["*Draft"], out["Finding"] = d, &d, d.Findings[0]
	return out
}

// TestPersonalTextWithheld checks that no personal text — any field of
// type Personal, not only names — reaches String, a fmt verb, slog (JSON
// and text handlers) or a validation error, whatever holds it.
func TestPersonalTextWithheld(t *testing.T) {
	op, markers := personalMarked(t)
	leak := func(out string) string {
		low := strings.ToLower(out)
		for _, m := range markers {
			if strings.Contains(out, m) || strings.Contains(low, strings.ToLower(fmt.Sprintf("%x", m))) {
				return m
			}
		}
		return ""
	}
	for what, x := range personalValues(op) {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10.4v"} {
			if m := leak(fmt.Sprintf(verb, x)); m != "" {
				t.Errorf("fmt %s of %s prints %s", verb, what, m)
			}
		}
		for handler, h := range map[string]func(*bytes.Buffer) slog.Handler{
			"JSON": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
			"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		} {
			if _, own := x.(map[string]any); own && handler == "JSON" {
				continue // a container of the caller's own: see TestPersonalTextCallerContainers
			}
			if strings.HasPrefix(what, "[]") && handler == "JSON" {
				continue // the same
			}
			var buf bytes.Buffer
			slog.New(h(&buf)).Info("m", "x", x)
			if m := leak(buf.String()); m != "" {
				t.Errorf("slog %s handler logs %s of %s", handler, m, what)
			}
		}
	}
	if m := leak(op.Summary().String()); m != "" {
		t.Errorf("Summary.String prints %s", m)
	}
	// Validation errors of every field that holds personal text.
	bad := *op
	bad.Victims = append(rescue.List[rescue.Victim]{}, op.Victims...)
	bad.Victims[0].Name += "\x01"
	bad.Triggers = append(rescue.List[rescue.Trigger]{}, op.Triggers...)
	bad.Triggers[0].Note += "\u202e"
	if err := bad.Validate(); err == nil {
		t.Error("Validate accepts control characters in personal text")
	} else if m := leak(err.Error()); m != "" {
		t.Errorf("a validation error holds %s: %v", m, err)
	}
}

// TestPersonalTextCallerContainers documents what the README says of
// containers of the caller's own: slog's JSON handler writes a []Victim
// or a struct holding one with encoding/json, personal text included,
// and wrapping the slice in a List logs it safely.
func TestPersonalTextCallerContainers(t *testing.T) {
	op, markers := personalMarked(t)
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("m", "victims", []rescue.Victim(op.Victims))
	if !strings.Contains(buf.String(), markers[0]) && !strings.Contains(buf.String(), "Qzmarker") {
		t.Errorf("slog's JSON handler no longer writes a plain []Victim with encoding/json: update the README (%s)", buf.String())
	}
	buf.Reset()
	log.Info("m", "victims", rescue.List[rescue.Victim](op.Victims))
	if strings.Contains(buf.String(), "Qzmarker") {
		t.Errorf("a List logs personal text: %s", buf.String())
	}
}
