package schema_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// What the schema cannot say, and only DecodeOperation (with Validate)
// refuses: the README lists them. A case marked with one expects the
// schema to accept and DecodeOperation to refuse; every other case expects
// the two to agree.
const (
	crossField   = "a rule across fields"
	rangeOrder   = "the order of a range's or period's ends"
	sameCurrency = "the currencies of an amount's equivalents"
	emptyEntry   = "an agency, place, source or trigger whose fields are all empty"
	leapDay      = "29 February of a year that is not a leap year"
	byteLength   = "a length in bytes (the schema counts characters)"
	wholeFloat   = "a whole number written with a fraction or an exponent"
)

type mutation struct {
	path  string // where in the full operation's JSON: "victims.0.gender"
	value string // the JSON put there; "-" deletes the key
	why   string
	limit string // what the schema cannot say, when it accepts what DecodeOperation refuses
}

var mutations = []mutation{
	{"id", `""`, "an empty ID is no ID", ""},
	{"id", `null`, "no ID", ""},
	{"id", `" OP"`, "white space at an end of an ID", ""},
	{"id", `"OP\u0000"`, "a control character in an ID", ""},
	{"id", `"OP\u200b1"`, "a zero-width space (a formatting character) in an ID", ""},
	{"id", `"opération 1"`, "letters outside ASCII are fine", ""},
	{"id", `5`, "an ID is a string", ""},
	{"id", strconv.Quote(strings.Repeat("é", 200)), "400 bytes in 200 characters", byteLength},
	{"name", `"a\u202eb"`, "a right-to-left override in text", ""},
	{"name", `"tab\tand\nline feed"`, "tab and line feed are text", ""},
	{"name", `"carriage\rreturn"`, "a carriage return is refused", ""},
	{"name", `null`, "null is not recorded", ""},
	{"name", `""`, "empty text is not recorded", ""},
	{"name", `["a"]`, "text is a string", ""},
	{"nom", `"x"`, "an unknown field", ""},
	{"victims.0.nom", `"x"`, "an unknown field in a victim", ""},

	{"when", `"2023-10-08/2023-10-07"`, "a period ending before it starts", rangeOrder},
	{"sources.0.published", `"2023-02-30"`, "no 30 February", ""},
	{"sources.0.published", `"2023-02-29"`, "no 29 February in 2023", leapDay},
	{"sources.0.published", `"2024-02-29"`, "29 February 2024", ""},
	{"sources.0.published", `"2023-04-31"`, "no 31 April", ""},
	{"when", `"2023"`, "a year", ""},
	{"when", `"2023-10/"`, "an open end", ""},
	{"when", `"/2023-10"`, "an open start", ""},
	{"when", `"2023-13"`, "no month 13", ""},
	{"when", `"0000"`, "no year 0", ""},
	{"when", `"2023-10-07T10:00"`, "a time of day", ""},
	{"when", `"October 2023"`, "prose is not a date's text", ""},

	{"victims.0.gender", `"Masculine"`, "a code", ""},
	{"victims.0.gender", `"female"`, "a word, not a code", ""},
	{"victims.0.gender", `"feminine"`, "codes are read in any case", ""},
	{"victims.0.gender", `"nonspecifiedunknown"`, "not recorded, in any case", ""},
	{"victims.0.nationality", `"my"`, "country codes in any case", ""},
	{"victims.0.nationality", `"MYS"`, "an alpha-3 code is not the canonical text", ""},
	{"victims.0.gender", `""`, "empty is not recorded", ""},
	{"victims.0.gender", `null`, "null is not recorded", ""},
	{"victims.0.gender", `"NonSpecifiedUnknown"`, "HTCDS's code for not recorded", ""},
	{"victims.0.gender", `1`, "a code is a string", ""},

	{"victims.0.age", `"16"`, "an age", ""},
	{"victims.0.age", `"48+"`, "an open age", ""},
	{"victims.0.age", `"151"`, "past 150", ""},
	{"victims.0.age", `"26-15"`, "a range upside down", rangeOrder},
	{"victims.0.age", `"15 to 26"`, "prose is not an age's text", ""},

	{"victims.0.nationality", `"TW"`, "a code", ""},
	{"victims.0.nationality", `"Malaysian"`, "a demonym is prose", ""},
	{"victims.0.nationality", `"XX"`, "no such code", ""},
	{"victims.0.nationality", `""`, "not recorded", ""},
	{"victims.0.otherNationalities", `[""]`, "an empty code in a list", ""},
	{"victims.0.otherNationalities", `["PE", "TW"]`, "a list", ""},

	{"victims.0.controls", `["Isolation"]`, "a list of codes", ""},
	{"victims.0.controls", `[""]`, "an empty code in a list", ""},
	{"victims.0.controls", `[null]`, "null in a list of codes", ""},
	{"victims.0.controls", `"Isolation"`, "a code where a list goes", ""},
	{"victims.0.controls", `[]`, "an empty list", ""},
	{"victims.0.controls", `null`, "no list", ""},
	{"victims.0.recruiters", `[""]`, "an empty reference", ""},
	{"victims.0.recruiters", `["NOPE"]`, "a reference to no suspect", crossField},
	{"suspects.0.group", `"NOPE"`, "a reference to no group", crossField},
	{"suspects.0.id", `"V01"`, "an ID used twice", crossField},
	{"victims.0.status", `"Repatriated"`, "repatriated needs a destination, which it has", ""},
	{"victims.0.repatriation", `null`, "a repatriated victim with no destination", crossField},

	{"evidence.1.quantity", `"more than 200"`, "a strict lower bound", ""},
	{"evidence.1.quantity", `"at least 200"`, "an inclusive lower bound", ""},
	{"evidence.1.quantity", `"about 300"`, "an estimate", ""},
	{"evidence.1.quantity", `"0"`, "zero", ""},
	{"evidence.1.quantity", `"-1"`, "a negative count", ""},
	{"evidence.1.quantity", `"MORE THAN 200"`, "a count's words in any case, as Count.UnmarshalText reads them", ""},
	{"evidence.1.quantity", `"About 20 To 30"`, "a hedge in any case, but \"to\" only in lower case", ""},
	{"evidence.1.quantity", `"fewer than 0"`, "fewer than 0 is no count", ""},
	{"evidence.1.quantity", `"fewer than 1"`, "fewer than 1 is a count", ""},
	{"evidence.1.quantity", `"1000000000001"`, "past 10^12", ""},
	{"evidence.1.quantity", `"dozens"`, "prose is not a count's text", ""},
	{"evidence.1.quantity", `"44 victims"`, "a count's text is its figure", ""},
	{"counts.1.status", `"Intercepted"`, "a victim's status in a tally of victims", ""},
	{"counts.1.status", `"AtLarge"`, "a suspect's status in a tally of victims", ""},
	{"counts.2.status", `"AtLarge"`, "a suspect's status in a tally of suspects", ""},
	{"counts.2.status", `"Rescued"`, "a victim's status in a tally of suspects", ""},
	{"counts.2.recruitment", `{"methods": ["DeceptiveJobOffer"]}`, "a victims' field in a tally of suspects", crossField},
	{"counts.2.of", `"Things"`, "a tally counts victims or suspects", ""},
	{"counts.2.of", `null`, "a tally says whom it counts", ""},
	{"counts.2.count", "-", "a tally without its count says nothing: its zero Count would read as 0", ""},
	{"counts.2.count", `null`, "a null count is none", ""},
	{"counts.2.count", `""`, "an empty count is none", ""},
	{"counts.2.count", `"0"`, "a tally of none, where the operation's records count one", crossField},
	{"counts.2.count", `0`, "a tally of none, as a number", crossField},

	{"suspects.0.decisions.0.sentence.years", `1000`, "the longest term", ""},
	{"suspects.0.decisions.0.sentence.years", `1001`, "past 1000 years", ""},
	{"suspects.0.decisions.0.sentence.years", `-1`, "a negative term", ""},
	{"suspects.0.decisions.0.sentence.years", `1.5`, "a fraction of a year", ""},
	{"suspects.0.decisions.0.sentence.years", `"12"`, "a number as a string", ""},
	{"suspects.0.decisions.0.sentence.years", `12.0`, "12 written with a fraction", wholeFloat},
	{"suspects.0.decisions.0.outcome", `"Acquitted"`, "an acquittal with a sentence", crossField},
	{"suspects.0.charges.0.offence", `""`, "a charge names its offence", ""},

	{"evidence.0.kind", `-`, "an item has a kind", ""},
	{"evidence.1.quantity", `"20 to 30"`, "a range", ""},
	{"evidence.1.quantity", `"about 20 to 30"`, "an estimated range", ""},
	{"evidence.1.quantity", `"more than 20 to 30"`, "a range is exact or about", ""},
	{"evidence.1.quantity", `"020"`, "a leading zero", ""},

	{"evidence.0.cash", `"USD 10000.00"`, "an amount", ""},
	{"evidence.0.cash", `"more than USD 10000.00 (about SGD 13700.00)"`, "a hedge and a hedged equivalent", ""},
	{"evidence.0.cash", `"at least USD 10000.00"`, "an inclusive lower bound", ""},
	{"evidence.0.cash", `"less than USD 50.00"`, "a strict upper bound", ""},
	{"evidence.0.cash", `"up to USD 50.00"`, "an inclusive upper bound", ""},
	{"evidence.0.cash", `"fewer than USD 50.00"`, "fewer is for counts", ""},
	{"evidence.0.cash", `"More Than USD 10000.00 (ABOUT SGD 13700.00)"`, "an amount's words in any case", ""},
	{"evidence.0.cash", `"THB 25000.00 to 50000.00"`, "a range", ""},
	{"evidence.0.cash", `"THB 50000.00 to 25000.00"`, "a range upside down", rangeOrder},
	{"evidence.0.cash", `"VND 61000000 to 130000000 (USD 2500.00 to 5300.00)"`, "a range with a ranged equivalent", ""},
	{"evidence.0.cash", `"USD 10000.00 (SGD 13700.00; about MYR 47000.00)"`, "two equivalents", ""},
	{"evidence.0.cash", `"usd 10000.00"`, "a currency code in lower case", ""},
	{"evidence.0.cash", `"USD 10000"`, "an amount without its minor units", ""},
	{"evidence.0.cash", `"USD 10000.125"`, "more digits than the minor units", ""},
	{"evidence.0.cash", `"USD 10000.120"`, "a zero beyond the minor units", ""},
	{"evidence.0.cash", `"USD 010000.00"`, "a leading zero", ""},
	{"evidence.0.cash", `"USD 0.50"`, "less than 1", ""},
	{"evidence.0.cash", `"JPY 500"`, "no minor units", ""},
	{"evidence.0.cash", `"JPY 500.0"`, "a zero where the yen has no minor units", ""},
	{"evidence.0.cash", `"KWD 1.500"`, "three minor units", ""},
	{"evidence.0.cash", `"KWD 1.50"`, "too few for the dinar", ""},
	{"evidence.0.cash", `"USD 10.00 to 20"`, "the upper end of a range with its minor units", ""},
	{"evidence.0.cash", `"USD 10.00 (JPY 1500.00)"`, "an equivalent with its own currency's minor units", ""},
	{"evidence.0.cash", `"USD -5.00"`, "a negative amount", ""},
	{"evidence.0.cash", `"US$10,000"`, "prose is not an amount's text", ""},
	{"evidence.0.cash", `"XYZ 10.00"`, "no such currency", ""},
	{"evidence.0.cash", `"USD 10,000.00"`, "grouping is prose", ""},
	{"evidence.0.cash", `"about about USD 10.00"`, "one hedge", ""},
	{"evidence.0.cash", `"USD 10.00 ()"`, "no equivalent in the parentheses", ""},
	{"evidence.0.cash", `{"value": {"amount": "10.00", "currency": "USD"}}`, "the object form is gone", ""},
	{"evidence.0.cash", `""`, "cash evidence needs its amount", crossField},
	{"evidence.1.value", `"about PEN 40000.00"`, "an estimated value", ""},
	{"evidence.0.cash", `"USD 10.00 (USD 10.00)"`, "an equivalent in the amount's own currency", sameCurrency},
	{"evidence.0.cash", `"USD 10.00 (about SGD 13.70; SGD 14.00)"`, "two equivalents in one currency", sameCurrency},
	{"evidence.0.cash", `"USD 10.00 to 10.00"`, "a range of one amount", rangeOrder},
	{"evidence.1.quantity", `"5 to 5"`, "a range of one figure", rangeOrder},
	{"victims.0.age", `"16-16"`, "an age range of one year", rangeOrder},
	{"evidence.1.quantity", `"30 to 20"`, "a range upside down", rangeOrder},
	{"evidence.1.quantity", `"at most 50"`, "an inclusive upper bound", ""},
	{"evidence.1.quantity", `"fewer than 50"`, "a strict upper bound", ""},
	{"evidence.0.custody.0.at", `"2023-10-08T14:30:00-05:00"`, "an instant with its offset", ""},
	{"evidence.0.custody.0.at", `"2023-10-08"`, "a date is no instant", ""},
	{"evidence.0.custody.0.at", `"2023-10-08T14:30:00"`, "an instant needs its zone", ""},
	{"evidence.0.custody.0.at", `""`, "an empty instant", ""},
	{"evidence.0.custody.1.action", `"Returned"`, "a step", ""},
	{"evidence.0.custody.1.action", `"Lost"`, "no such step", ""},
	{"places.1", `null`, "a place that records nothing", ""},
	{"places.1", `{"locality": ""}`, "a place whose fields are all empty", emptyEntry},
	{"triggers.0", `{}`, "a trigger that records nothing", ""},
	{"agencies.1", `{"name": null, "unit": ""}`, "an agency whose fields are all empty", emptyEntry},
	{"agencies.1", `{}`, "an agency that records nothing", ""},
	{"agencies.1", `null`, "a null agency", ""},
	{"agencies.1", `{"part": "Support", "name": ""}`, "an agency that records its part alone", ""},
	{"victims.0", `null`, "a victim with no ID", ""},
}

// TestAgreement changes one field of the full operation at a time and
// checks that the schema and DecodeOperation agree on the result, but for
// what the schema cannot say.
func TestAgreement(t *testing.T) {
	s := compile(t)
	for _, m := range mutations {
		t.Run(m.path+"="+m.value, func(t *testing.T) {
			doc := fullJSON(t)
			if err := setPath(doc, m.path, m.value); err != nil {
				t.Fatal(err)
			}
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			schemaErr, decodeErr := verdicts(s, data)
			switch {
			case m.limit != "":
				if schemaErr != nil || decodeErr == nil {
					t.Errorf("%s (%s): want the schema to accept and DecodeOperation to refuse;\nschema: %v\nDecodeOperation: %v",
						m.why, m.limit, schemaErr, decodeErr)
				}
			case (schemaErr == nil) != (decodeErr == nil):
				t.Errorf("%s: the schema and DecodeOperation disagree;\nschema: %v\nDecodeOperation: %v", m.why, schemaErr, decodeErr)
			}
		})
	}
}

// setPath sets the value at path ("victims.0.gender") of doc to the JSON
// value, or deletes it when value is "-".
func setPath(doc any, path, value string) error {
	parts := strings.Split(path, ".")
	var v any
	if value != "-" {
		v = json.RawMessage(value)
	}
	cur := doc
	for i, p := range parts {
		last := i == len(parts)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				if value == "-" {
					delete(c, p)
				} else {
					c[p] = v
				}
				return nil
			}
			cur = c[p]
		case []any:
			n, err := strconv.Atoi(p)
			if err != nil || n >= len(c) {
				return &json.UnsupportedValueError{Str: path}
			}
			if last {
				c[n] = v
				return nil
			}
			cur = c[n]
		default:
			return &json.UnsupportedValueError{Str: path}
		}
	}
	return nil
}
