package extract_test

import (
	"fmt"
	"testing"

	"github.com/antitrafficking/rescue/internal/extract"
	"github.com/antitrafficking/rescue/internal/extract/en"
)

func TestTryEngine(t *testing.T) {
	text := "Some 50 workers were rescued. Of the 52 workers rescued, 40 are Filipinos."
	r := extract.Run(text, en.Lexicon(), extract.Parsers{}, extract.YMD{})
	for gi, g := range r.Groups {
		fmt.Printf("G%d %+v\n", gi, g)
		for _, fi := range g.Figures {
			f := r.Figures[fi]
			fmt.Printf("   %q pred=%v\n", text[f.Phrase.Start:f.Phrase.End], f.Pred)
		}
	}
}
