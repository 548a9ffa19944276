package rescue

import (
	"testing"

	"github.com/antitrafficking/rescue/internal/extract/en"
)

// TestExtractLexiconCodes checks that every code the English lexicon
// gives for an item seized or a trigger is one of the package's
// vocabularies: the lexicon holds words, the vocabularies the codes.
func TestExtractLexiconCodes(t *testing.T) {
	lex := en.Lexicon()
	for word, w := range lex.Evidence {
		if _, err := ParseEvidenceKind(w.Kind); err != nil {
			t.Errorf("%q: %v", word, err)
		}
	}
	for word, code := range lex.Triggers {
		if _, err := ParseTriggerKind(code); err != nil {
			t.Errorf("%q: %v", word, err)
		}
	}
	for phrase, code := range lex.AgencyParts {
		if _, err := ParseAgencyPart(code); err != nil {
			t.Errorf("%q: %v", phrase, err)
		}
	}
	for name, code := range lex.Homonyms {
		c, err := ParseCountry(code)
		if err != nil {
			t.Errorf("homonym %q: %v", name, err)
		}
		if o, err := ParseCountry(name); err != nil || o == c {
			t.Errorf("homonym %q: ParseCountry = %v, %v; want a country other than %s", name, o, err, code)
		}
	}
	for word := range lex.ShortNames {
		if _, err := ParseNationality(word); err != nil {
			t.Errorf("short name %q: %v", word, err)
		}
	}
}
