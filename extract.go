package rescue

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/antitrafficking/rescue/internal/extract"
	"github.com/antitrafficking/rescue/internal/extract/en"
	"github.com/antitrafficking/rescue/internal/number"
)

// extractMaxText bounds the text Extract reads: 1 MiB, some 170,000
// words, ten times the longest report a newsroom publishes. Extract's time
// and memory are linear in the text up to it.
const extractMaxText = 1 << 20

// Draft is what [Extract] found in a report: an operation holding every
// figure it could read, and the phrase behind each. It is for a person to
// review, never a finished record: the operation need not validate (it has
// no ID, and the report may be silent on what Validate requires), and the
// findings say where the reading was uncertain.
//
// A Draft never holds a value the text does not support. Where the text
// is ambiguous (a currency sign of several countries, a figure whose
// subject is unclear, two figures that disagree) the finding is recorded
// with a note and the field is left empty.
type Draft struct {
	Operation *Operation
	Findings  List[Finding] // in the order of the text
}

// LogValue implements [slog.LogValuer]: the operation and the findings as
// their own LogValue methods give them, without personal text.
func (d Draft) LogValue() slog.Value {
	var op slog.Value
	if d.Operation != nil {
		op = d.Operation.LogValue()
	}
	return slog.GroupValue(
		slog.Any("operation", op),
		slog.Any("findings", d.Findings.LogValue()),
	)
}

// Finding is one phrase of a report that [Extract] read: where it is, the
// field of the draft it filled, and a note where the reading was uncertain
// or nothing was filled.
//
// Text is [Personal]: a phrase can name someone ("arrested Blanca …"), so
// it is withheld from logs and messages like any personal text; it is
// always the report's text[Start:End].
type Finding struct {
	Start, End int      // the phrase's byte span in the text
	Text       Personal // text[Start:End]
	// Path is the field the phrase filled, in the path form of
	// [Operation.Validate]: "counts[2]", "evidence[0].cash", "when",
	// "places[0].country". It is "" when the phrase filled nothing; the
	// note says why.
	Path string
	Note string // why the reading is uncertain, or why nothing was filled; "" when it is plain
}

// String describes the finding without its text: "counts[2] at
// 120:135", followed by the note if there is one.
func (f Finding) String() string {
	path := f.Path
	if path == "" {
		path = "(not recorded)"
	}
	s := path + " at " + strconv.Itoa(f.Start) + ":" + strconv.Itoa(f.End)
	if f.Note != "" {
		s += ": " + f.Note
	}
	return s
}

// LogValue implements [slog.LogValuer]: the finding without its text.
func (f Finding) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("path", f.Path),
		slog.Int("start", f.Start),
		slog.Int("end", f.End),
		slog.String("note", f.Note),
	)
}

// Extract reads a report on a counter-trafficking operation — a news
// article or a press release, in English — and returns a draft of the
// operation with every figure it found, each traced to the words it came
// from:
//
//   - the report's counts as tallies ([Operation.Counts]): victims and
//     suspects, in total and by nationality, sex and age ("rescued 44
//     foreigners — 43 Malaysians and one Taiwanese", "eight suspects, six
//     Taiwanese and two Peruvians, were arrested", "including 153
//     children"). Who a figure counts is read from the verbs and nouns
//     around it (rescued, freed, intercepted, victims; arrested, detained,
//     detainees); people who escaped and raised the alarm are a trigger,
//     not victims; officers and unclear figures are not counted;
//   - the cash seized, with its hedge and its equivalents in brackets or
//     after it ("2.5 million baht, or about US$70,000"), counted once
//     when the text breaks it down ("₱200,000, including ₱100,000 in a
//     safe"); the value of goods as an item with a Value, never cash ("10
//     million baht in assets", "US$2 million in cryptocurrency");
//     counterfeit money as an item whose face value is no value; and the
//     items seized with their counts ("numerous cell phones", "a
//     vehicle"), not those a negation denies ("did not seize any") nor
//     the places things were found in ("in a car");
//   - the place (country and locality), the dates, the agencies' names as
//     written with their parts ("led by", "with help from"), and what
//     started the operation (a tip, a hotline call, people who escaped).
//     An agency that only speaks ("the embassy said") is a source, not
//     the operation's; an agency's name never holds an officer's ("said
//     Police Major General …" gives the police).
//
// The first figure of victims or of suspects is the report's total, unless
// the text states the total later ("In total, …"); a later exact figure
// within its bounds refines it ("over 100", then "119"), and a figure that
// disagrees is noted and left out. A figure of part of the operation
// ("liberated four Paraguayan women in Pamplona") is a lower bound for its
// nationality. The parts of a breakdown never add up to more than their
// whole: where the parts read by nationality, sex or age cannot all be true
// with it ("47 Indians" of 47 and "two Lao women" in another sentence),
// those with the weakest evidence (lower bounds, then figures of another
// sentence than the whole's, else all of them) are left out with a
// finding, so that Validate finds nothing wrong with the tallies of a
// draft. A country after "from" is where people come from ("11
// from Uganda", "trafficked from Swaziland and Lesotho") unless a verb of
// taking them out governs it ("rescued 47 Indians from Laos", "84
// citizens rescued from Myanmar", "brought home … from Kuwait"): that is
// where they were, and gives no nationality; nor does a country they came
// from when their noun gives one ("47 Indians trafficked from Laos"). Figures of other events are not counted: in a sentence
// about an earlier year than published ("In 2015, police rescued …"), or
// a clause about last year or a separate, similar or unrelated raid or
// case; nor are claims ("media reports claimed"), acts that did not
// happen ("failed to rescue", "plan to rescue"), or figures whose words
// disagree ("detained 20 workers, but said they were victims"). The
// operation's date is that of its rescues and arrests, not of a charge,
// a repatriation or a statement; neither the date nor the place of a
// sentence of figures to date ("Since January, … 153 … in Myanmar in
// August alone") is the operation's, nor is a place people were being
// taken to ("taken to be sold as brides in China").
//
// published, the day the report was published, anchors relative dates
// ("over the weekend", "on Friday", "last month") and dates without a
// year; it may be the zero Date (or a month or a year), and then only
// dates that name their year are read.
//
// Every count, nationality, country and amount is read by the package's
// own parsers ([ParseCount], [ParseNationality], [ParseCountry],
// [ParseReportedAmount]), so a phrase means here what it means everywhere
// in the package; an amount is read with [ParseReportedAmountIn] in the
// context of the country the draft places the operation in ("$" in a
// report of an operation in the United States is the US dollar).
//
// Extract's time and memory are linear in the length of the text: under a
// millisecond for a 2,000-word report. Text longer than 1 MiB is refused
// with an error wrapping [ErrRange], and text that is not valid UTF-8 with
// one wrapping [ErrSyntax]; the error never quotes the text. What Extract
// collects is bounded too (10,000 figures of people, 1,000 amounts, items,
// dates and places each: far beyond any report), so that hostile text
// costs memory in proportion to the text; a last finding, at the end of
// the text, says when a bound was reached.
func Extract(text string, published Date) (*Draft, error) {
	if len(text) > extractMaxText {
		return nil, fmt.Errorf("Extract: text of %d bytes: longer than %d bytes: %w", len(text), extractMaxText, ErrRange)
	}
	if !utf8.ValidString(text) {
		bad := 0
		for bad < len(text) {
			r, size := utf8.DecodeRuneInString(text[bad:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			bad += size
		}
		return nil, fmt.Errorf("Extract: invalid UTF-8 at byte %d: %w", bad, ErrSyntax)
	}
	var pub extract.YMD
	if published.Precision() == PrecisionDay {
		pub = extract.YMD{Year: published.Year(), Month: int(published.Month()), Day: published.Day()}
	}
	lex := en.Lexicon()
	r := extract.Run(text, lex, extract.Parsers{Currency: extractIsCurrency, Scale: number.IsScaleWord, Nationality: extractIsNationality}, pub)
	x := &extractor{text: text, r: r, lex: lex, published: published, op: &Operation{}}
	x.read()
	if len(r.Truncated) > 0 {
		x.findings = append(x.findings, Finding{Start: len(text), End: len(text), Note: "the text holds more " +
			strings.Join(r.Truncated, ", ") + " than Extract reads: the rest is not read"})
	}
	slices.SortStableFunc(x.findings, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return &Draft{Operation: x.op, Findings: x.findings}, nil
}
