package schema

import (
	"encoding/json"
	"reflect"

	"github.com/antitrafficking/rescue"
)

// Until the value types' revision (issue 8) lands, ReportedAmount writes
// JSON as an object: {"value":{"amount":"10000.00","currency":"USD"},
// "qualifier":"at-least","equivalents":[…]}. The schema describes what the
// package writes, so it follows the form a ReportedAmount marshals to.
// Delete this file, and the call in valueTypes, once it is a string.

// amountIsObject reports whether a ReportedAmount marshals as an object.
func amountIsObject() bool {
	b, err := json.Marshal(rescue.MustParseReportedAmount("USD 1.00"))
	return err == nil && len(b) > 0 && b[0] == '{'
}

// objectAmount is the definition of the object form.
func objectAmount(t reflect.Type, currency string) object {
	money := object{
		{"type", []string{"object", "null"}},
		{"properties", object{
			{"amount", object{{"type", "string"}, {"pattern", "^" + decimal + "$"}}},
			{"currency", object{{"type", "string"}, {"pattern", anchored(currency, false)}}},
		}},
		{"required", []string{"amount", "currency"}},
		{"additionalProperties", false},
	}
	var qualifiers []any
	for q := range rescue.Qualifier(255) {
		if q.IsValid() {
			qualifiers = append(qualifiers, q.String())
		}
	}
	qualifiers = append(qualifiers, nil)
	return object{
		{"title", t.Name()},
		{"description", `An amount of money as reported: its value, its qualifier, and its equivalents in other currencies.`},
		{"type", []string{"object", "null"}},
		{"properties", object{
			{"value", money},
			{"qualifier", object{{"enum", qualifiers}}},
			{"equivalents", object{{"type", []string{"array", "null"}}, {"items", money}}},
		}},
		{"additionalProperties", false},
	}
}
