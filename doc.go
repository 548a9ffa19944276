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
// [DecodeOperation] reads an operation from JSON strictly (exact keys,
// once each; codes, dates and amounts in their canonical text) and within
// fixed bounds (64 MiB of input, [DecodeOptions] on every list, 1,000
// problems), and validates it as it reads. Victims' and suspects' names
// are personal data: they are stored and encoded, but never appear in an
// error, a String, a %v or a log line.
//
// The complete reference case — a real rescue of 44 people in Lima in 2023 —
// is built, validated and reported by examples/lima2023.
package rescue
