// Package rescue records counter-trafficking operations as typed, validated
// data: victims, suspects, the operation, seized evidence with its chain of
// custody, and the value types such records need everywhere. Storage is
// left to the caller; the package makes sure what is stored is right, and
// that it lines up with the field's data standards (IOM's HTCDS 2.0 and the
// CTDC datasets).
//
// # Value types
//
// [Currency], [Country], [Nationality], [Date], [Age] and [Qualifier] are
// small immutable values with unexported fields, comparable with == and
// usable as map keys, like net/netip's Addr. [Money] holds an exact
// decimal; compare it with [Money.Equal]. [Count], [Period], [Rate] and
// [ReportedAmount] are plain structs of those. Every one has a documented
// zero value meaning "not recorded", parses from the forms reports use,
// round-trips through text and JSON, and has an Equal method (or is
// comparable) so that cmp.Diff needs no options.
//
// # Walk-through
//
// A report says police "seized more than US$10,000 (S$13,700), numerous
// cell phones, and bank cards" and rescued "43 Malaysians". Each figure
// keeps what was reported and no more:
//
//	cash, _ := rescue.ParseReportedAmount("more than US$10,000 (S$13,700)")
//	cash.String()          // "more than USD 10000.00 (SGD 13700.00)"
//	cash.ImpliedRates()    // 1 USD = 1.37 SGD
//	phones, _ := rescue.ParseCount("numerous cell phones") // at least 2
//	nat, _ := rescue.ParseNationality("Malaysians")        // MY
//
// Figures that name no single currency are refused rather than guessed:
// ParseMoney("$5,000") is an error wrapping [ErrAmbiguousCurrency] that
// lists the candidates.
//
// The entities hold those values in exported fields whose zero values mean
// "not recorded":
//
//	op := &rescue.Operation{
//		ID:       "PE-2023-10-LIMA",
//		When:     rescue.MustParsePeriod("2023-10-07/2023-10-08"),
//		Victims:  []rescue.Victim{{ID: "V01", Nationality: nat}},
//		Evidence: []rescue.Evidence{{ID: "E1", Kind: rescue.Cash, Cash: cash}},
//	}
//	err := op.Validate() // nil, or every problem as a *FieldError with its JSON path
//
// [DecodeOperation] reads an operation from JSON strictly and within fixed
// bounds, and validates it.
//
// # Records and tallies
//
// Reports give figures, not people: "police rescued 44 individuals ... from
// Malaysia (43) and Taiwan (1)", "arrested six Taiwanese and two
// Peruvians". An operation records them as the report gives them, in
// Operation.Counts, each a [Tally]: a [Count] of victims or suspects,
// narrowed by nationality, gender, age or status, attributed to a
// [Source], with what the report says of everyone it counts (their
// recruitment, means of control, exploitation; a group, an arrest date):
//
//	src := "https://t.co/G4x8un9KWy"
//	op.Counts = rescue.List[rescue.Tally]{
//		{Of: rescue.OfVictims, VictimStatus: rescue.Rescued, Count: rescue.MustParseCount("44"), Source: src,
//			Exploitation: []rescue.Exploitation{rescue.ForcedCriminality}},
//		{Of: rescue.OfVictims, Nationality: rescue.MustParseNationality("MY"), Count: rescue.MustParseCount("43"), Source: src},
//		{Of: rescue.OfVictims, Nationality: rescue.MustParseNationality("TW"), Count: rescue.MustParseCount("1"), Source: src},
//	}
//
// Records (Operation.Victims, Operation.Suspects) are individuals, one
// each, for what a report or a case file tells person by person; an
// operation may hold both, and records may be partial: ten records against
// "more than 200 victims" is fine, 45 against "44" is not
// ([Operation.Validate] checks tallies against each other and the
// records). [Operation.Summary] reads the figures first and the records
// where there are none, keeps each figure's hedge ("more than 200"), and
// turns sources that disagree into a range ("11 to 19"). HTCDS and CTDC
// exports are case-level: they write records, and an operation of figures
// alone exports as a header.
//
// # Personal data
//
// Names, and free text that can point to a person (notes, descriptions,
// the area of a place, what a victim was promised), are of type
// [Personal]: stored and encoded, but never printed by String, any fmt
// verb or slog, and cleared by [Operation.Redact]. The operation's lists
// are [List]s, which slog logs element by element through their
// LogValue. No error holds personal data.
//
// The complete reference case — a real rescue of 44 people in Lima in 2023 —
// is built, validated and reported by examples/lima2023; examples/osmach2024
// keeps two sources that disagree, and examples/abuja2025 an interception
// of victims, minors among them, with a record of the one suspect and
// victim the report tells apart.
package rescue
