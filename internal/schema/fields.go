package schema

// What the Go types do not say of their fields, and Validate checks. Each
// entry is tested: TestRequiredFields drops each required field from a
// valid operation and expects DecodeOperation to refuse it, and the corpus
// under testdata covers the others.

// references are the string fields that hold the ID of another record
// (and, for a list, whose elements do).
var references = map[string]bool{
	"Suspect.Group":      true,
	"Suspect.Site":       true,
	"Victim.Recruiters":  true,
	"Victim.Exploiters":  true,
	"Evidence.Site":      true,
	"Evidence.TakenFrom": true,
	"CustodyEvent.Site":  true,
	"Tally.Group":        true,
}

// optionalIDs are the ID fields that may be empty: a place needs an ID
// only when something refers to it.
var optionalIDs = map[string]bool{
	"Place.ID": true,
}

// notRequired are the fields encoding/json always writes (no omitempty)
// that may still be left out.
var notRequired = map[string]bool{}

// recorded are the required fields of a value type whose "not recorded"
// forms (null, "") DecodeOperation refuses too: a tally without its count
// says nothing, and its zero Count would read as "0".
var recorded = map[string]bool{
	"Tally.Count": true,
}

// alsoRequired are the fields written with omitzero that Validate
// requires all the same.
var alsoRequired = map[string]bool{
	"Evidence.Kind": true,
}

// nonEmpty are the types of the operation's lists whose every element
// must record something: Validate refuses an agency, place, source or
// trigger with every field empty. The schema refuses {} and null there
// (minProperties); an element whose fields are all "" or null it leaves
// to Validate.
var nonEmpty = map[string]bool{
	"Agency":  true,
	"Place":   true,
	"Source":  true,
	"Trigger": true,
}

// integerBounds are the bounds Validate sets on the integer fields: a
// sentence of at most 1,000 years, or as many months.
var integerBounds = map[string][2]int{
	"Sentence.Years":  {0, 1000},
	"Sentence.Months": {0, 12 * 1000},
}

// zeroAliases are the codes each vocabulary's UnmarshalText reads as the
// zero value, "not recorded" (the rows of internal/data/vocabulary.tsv
// whose constant is "-"); TestZeroAliases checks the list against that
// file.
var zeroAliases = map[string][]string{
	"Gender": {"NonSpecifiedUnknown"},
}

// structDescriptions are the one-line descriptions of the objects.
var structDescriptions = map[string]string{
	"Agency":        "A body that took part in the operation, and its part in it.",
	"Charge":        "An offence a suspect is charged with, and the law it falls under.",
	"CourtDecision": "A court's decision on a suspect's case; a sentence or fine only with Convicted.",
	"CustodyEvent":  "One link of an item's chain of custody; at (an instant) or when (a date or span) is required.",
	"Evidence":      "An item or lot seized, with its chain of custody; cash only for Cash, an estimated value for anything else.",
	"Group":         "A criminal group named in the operation.",
	"Officer":       "A public official named in a report (not personal data).",
	"Place":         "Where something happened; an ID when something refers to it.",
	"Recruitment":   "How a victim was recruited.",
	"Repatriation":  "A victim's return to their country.",
	"Sentence":      "A term of imprisonment, or life.",
	"Source":        "A published report the record rests on.",
	"Suspect":       "A person suspected of trafficking, one record each.",
	"Tally":         "One of a report's own figures: a count of victims or of suspects, with what the report says of everyone counted.",
	"Trigger":       "What started the operation.",
	"Victim":        "A person trafficked, or possibly trafficked, one record each.",
}
