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
// decimal (inline up to 18 digits, so that its arithmetic allocates
// nothing); == on it compares the representation, so compare amounts with
// [Money.Equal] (USD 10 equals USD 10.00). [Count], [Period], [Rate] and
// [ReportedAmount] are plain structs of those. Every one has a documented
// zero value meaning "not recorded" (IsZero reports it, on every type), a
// canonical text form that round-trips, and an Equal method (or is
// comparable) so that cmp.Diff needs no options.
//
// # Strict text and report prose
//
// Each value type reads two kinds of text. Its UnmarshalText,
// UnmarshalJSON and Scan read only the canonical text its String writes
// ("USD 10000.00", "more than 200", "THB 25000.00 to 50000.00", "0-17"),
// so that what is stored is read back exactly and nothing else is
// accepted; report prose given there is refused with an error that says
// what its canonical form would be (did you mean "at least 12"?). The
// Parse functions read prose: "more than US$10,000 (S$13,700)", "dozens of
// victims", "Tk 8-9 lakh", "a 16-year-old girl". Every number, in every
// type, is read by one reader, so the same text is the same number:
// "2 bn" is 2,000,000,000 as a count and as an amount.
//
// The parsers never guess. A sign or word that names several currencies
// ("$", "pesos") is refused with the candidates ([ErrAmbiguousCurrency]);
// a dot before exactly three digits ("Rp 150.000": 150,000 in Indonesian,
// 150 in English) with both readings ([ErrAmbiguous]). [ParseMoneyIn] and
// [ParseReportedAmountIn] take the language of the text: its region picks
// among the candidates of an ambiguous sign ("P2 million" in en-PH is PHP),
// and its CLDR number symbols decide the decimal mark ("Rp 150.000" in
// id-ID is IDR 150000.00).
//
// # Qualifiers, ranges and sums
//
// A [Qualifier] keeps the strength of a hedge: "more than 200" is a strict
// lower bound and "at least 200" an inclusive one, "fewer than 50" and
// "nearly 50" strict upper bounds, "up to 50" an inclusive one, "about 300"
// an estimate. A [Count] or [ReportedAmount] may be a closed range ("20 to
// 30", "THB 25000.00 to 50000.00"), exact or estimated. Sums ([Count.Add],
// [ReportedAmount.Add], [Summary.Add], [Summary.CashIn]) add what each
// figure allows, as intervals, and are written in the same canonical form:
// "more than 10" + "3" is "more than 13", "44" + "at most 10" is "44 to
// 54". They are commutative and associative, so totals do not depend on
// the order in which records are added.
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
//	women, _ := rescue.ParseCount("20 to 30 women")        // 20 to 30
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
// [DecodeOperation] reads an operation from JSON strictly (exact keys,
// once each; codes, dates and amounts in their canonical text) and within
// fixed bounds (64 MiB of input, [DecodeOptions] on every list, 1,000
// problems), and validates it as it reads. Victims' and suspects' names
// are personal data (see below).
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
