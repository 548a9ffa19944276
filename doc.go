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
// [DecodeOperation] reads an operation from JSON strictly and within fixed
// bounds, and validates it. Victims' and suspects' names are personal data:
// they are stored and encoded, but never appear in an error, a String, a
// %v or a log line.
//
// The complete reference case — a real rescue of 44 people in Lima in 2023 —
// is built, validated and reported by examples/lima2023.
package rescue
