package extract_test

import (
	"fmt"
	"testing"

	"github.com/antitrafficking/rescue/internal/extract"
	"github.com/antitrafficking/rescue/internal/extract/en"
)

func TestTryEngine(t *testing.T) {
	text := "Police in Spain, France and Paraguay arrested 14 people."
	r := extract.Run(text, en.Lexicon(), extract.Parsers{}, extract.YMD{})
	fmt.Printf("%+v\n", r.Places)
}
