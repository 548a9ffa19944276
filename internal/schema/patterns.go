package schema

import (
	"strconv"
	"strings"
)

// The canonical texts of the value types, as regular expressions: the one
// place to update when a value type's text form changes. Each is written
// in the common subset of ECMA-262 (which JSON Schema names) and RE2
// (which Go validators use): no lookaround, no backreferences, no \u
// escapes (characters outside ASCII are written as themselves and escaped
// by the JSON encoding). The generator anchors them and adds the codes of
// currencies, countries and nationalities it reads from the package.
//
// The forms follow the revision contract of the value types:
//
//	Count           44, more than 200, at least 200, fewer than 50, at most 50,
//	                about 300, 20 to 30, about 20 to 30; the zero Count is 0;
//	                not "fewer than 0"; the hedge in any case
//	Age             16, 15-26, 48+ (years, 0 to 150)
//	Date            2023, 2023-10, 2023-10-07
//	Period          a date, or start/end with either end open: 2023-10-07/2023-10-08,
//	                2023-09/, /2023-10
//	Money           USD 10000.00 (code, one space, a plain decimal with the
//	                currency's minor digits, more only where they are not
//	                zeros, and no leading zeros)
//	ReportedAmount  more than USD 10000.00 (about SGD 13700.00),
//	                THB 25000.00 to 50000.00, VND 61000000 to 130000000 (USD 2500.00 to 5300.00)
const (
	// countWords are the hedges of a count but "fewer than" (which needs
	// a figure above 0), each followed by one space.
	countWords = `more than|at least|at most|about`
	// amountWords are the hedges of an amount, each followed by one space.
	amountWords = `more than|at least|less than|up to|about`

	// whole is a count's figure: 0 to 10^12 (Count's bound), no sign, no
	// leading zeros, no grouping.
	whole = `(?:0|` + positive + `)`
	// positive is a figure of 1 to 10^12.
	positive = `(?:[1-9][0-9]{0,11}|1000000000000)`

	// years is an age: 0 to 150.
	years = `(?:[0-9]|[1-9][0-9]|1[0-4][0-9]|150)`

	// year is 0001 to 9999.
	year = `(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})`
	// monthDay is a month, or a month and a day valid in some year (29
	// February is a date only in leap years, which the pattern does not
	// know).
	monthDay = `(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12][0-9]|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12][0-9]|30))?|02(?:-(?:0[1-9]|1[0-9]|2[0-9]))?)`
)

// countPattern is the canonical text of a Count, its hedge in any case
// (as Count.UnmarshalText reads it; "to" only in lower case).
func countPattern() string {
	return `(?:(?:` + anyCase(countWords) + `) )?` + whole + `|` + anyCase("fewer than") + ` ` + positive +
		`|(?:` + anyCase("about") + ` )?` + positive + ` to ` + positive
}

// anyCase returns the words of p (letters, spaces and '|') with each
// letter matching either case: "about" is [Aa][Bb][Oo][Uu][Tt].
func anyCase(p string) string {
	return alternation(strings.Split(p, "|"), true)
}

// agePattern is the canonical text of an Age.
func agePattern() string {
	return years + `(?:-` + years + `|\+)?`
}

// datePattern is the canonical text of a Date.
func datePattern() string {
	return year + `(?:-` + monthDay + `)?`
}

// periodPattern is the canonical text of a Period.
func periodPattern() string {
	d := datePattern()
	return d + `(?:/(?:` + d + `)?)?|/` + d
}

// amountPattern is an amount as Money.String writes it in a currency with
// minor digits: a plain non-negative decimal (amounts are never negative in
// an operation: Validate refuses it) with no leading zeros, at least the
// minor digits after the point and no trailing zero beyond them, at most
// 30 digits before and after the point.
func amountPattern(minor int) string {
	frac := `(?:\.[0-9]{0,29}[1-9])?`
	if minor > 0 {
		frac = `\.[0-9]{` + strconv.Itoa(minor) + `}(?:[0-9]{0,` + strconv.Itoa(29-minor) + `}[1-9])?`
	}
	return `(?:0|[1-9][0-9]{0,29})` + frac
}

// currencyGroup is the codes of the currencies with the same minor digits,
// as a pattern.
type currencyGroup struct {
	codes string
	minor int
}

// moneyPattern is the canonical text of a Money in one of the currencies
// of groups, and with to set the upper end of a range in the same
// currency.
func moneyPattern(groups []currencyGroup, to bool) string {
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteByte('|')
		}
		a := amountPattern(g.minor)
		b.WriteString(`(?:` + g.codes + `) ` + a)
		if to {
			b.WriteString(`(?: to ` + a + `)?`)
		}
	}
	return `(?:` + b.String() + `)`
}

// reportedPattern is the canonical text of a ReportedAmount: one amount,
// hedged or a range, then its equivalents in parentheses, separated by
// "; ".
func reportedPattern(groups []currencyGroup) string {
	one := `(?:(?:` + anyCase(amountWords) + `) )?` + moneyPattern(groups, true)
	return one + `(?: \(` + one + `(?:; ` + one + `)*\))?`
}

// anchored returns p matching a whole string, or the empty one too when
// empty is set.
func anchored(p string, empty bool) string {
	if empty {
		return `^(?:|` + p + `)$`
	}
	return `^(?:` + p + `)$`
}

// alternation returns codes as an alternation, letters of either case when
// fold is set: [Uu][Ss][Dd].
func alternation(codes []string, fold bool) string {
	var b strings.Builder
	for i, c := range codes {
		if i > 0 {
			b.WriteByte('|')
		}
		if !fold {
			b.WriteString(c)
			continue
		}
		for _, r := range c {
			lo, up := strings.ToLower(string(r)), strings.ToUpper(string(r))
			if lo == up {
				b.WriteRune(r)
				continue
			}
			b.WriteString("[" + up + lo + "]")
		}
	}
	return b.String()
}

// timePattern is an instant as encoding/json reads a time.Time: RFC 3339
// with a time zone.
const timePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})$`
