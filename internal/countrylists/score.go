package countrylists

import (
	"fmt"
	"slices"
)

// Score is how a parser did on one list.
type Score struct {
	List    string
	Entries int      // texts in the list
	Shared  int      // texts the list gives to several countries: none can be read as one
	Read    int      // texts not shared that gave their country
	Wrong   int      // texts that gave a country the list does not give them
	Misses  []string // texts not shared that gave no country, with the error
	Wrongs  []string // texts that gave a wrong country
}

// Rate is the share of the texts that name one country that gave it.
func (s Score) Rate() float64 {
	if s.Entries == s.Shared {
		return 0
	}
	return float64(s.Read) / float64(s.Entries-s.Shared)
}

// String returns "191/195 (97.9 %)", leaving the shared texts out.
func (s Score) String() string {
	return fmt.Sprintf("%d/%d (%.1f %%)", s.Read, s.Entries-s.Shared, 100*s.Rate())
}

// Run scores parse on l. parse returns the alpha-2 code a text gives, or
// an error (nil error and "" count as no answer too).
func Run(l List, parse func(string) (string, error)) Score {
	s := Score{List: l.Name, Entries: len(l.Entries)}
	for _, e := range l.Entries {
		code, err := parse(e.Text)
		if e.Shared() {
			s.Shared++
		}
		switch {
		case err != nil || code == "":
			if !e.Shared() {
				s.Misses = append(s.Misses, fmt.Sprintf("%q (%s): %v", e.Text, e.Codes[0], err))
			}
		case !slices.Contains(e.Codes, code):
			s.Wrong++
			s.Wrongs = append(s.Wrongs, fmt.Sprintf("%q: got %s, the list says %v", e.Text, code, e.Codes))
		case !e.Shared():
			s.Read++
		}
	}
	return s
}
