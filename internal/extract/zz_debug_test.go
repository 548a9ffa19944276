package extract_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/antitrafficking/rescue/internal/extract"
	"github.com/antitrafficking/rescue/internal/extract/en"
)

func TestDebugDev(t *testing.T) {
	path := os.Getenv("EXTRACT_DEBUG")
	if path == "" {
		t.Skip("EXTRACT_DEBUG not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rep struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}
		if id := os.Getenv("EXTRACT_ID"); id != "" && id != rep.ID {
			continue
		}
		r := extract.Run(rep.Text, en.Lexicon(), extract.Parsers{Currency: func(string) bool { return false }}, extract.YMD{})
		fmt.Println("=====", rep.ID)
		s := func(sp extract.Span) string { return rep.Text[sp.Start:sp.End] }
		for gi, g := range r.Groups {
			fmt.Printf("G%d sent=%d role=%v head=%d app=%v frame=%v/%d word=%q weak=%v note=%q\n", gi, g.Sent, g.Role, g.Head, g.Apposition, g.Frame, g.FrameOf, s(g.RoleWord), g.Weak, g.Note)
			for _, fi := range g.Figures {
				f := r.Figures[fi]
				var names, from, pred []string
				for _, n := range f.Names {
					names = append(names, s(n))
				}
				for _, n := range f.From {
					from = append(from, s(n))
				}
				for _, n := range f.Pred {
					pred = append(pred, s(n))
				}
				fmt.Printf("   F%d %q count=%q names=%q from=%q pred=%q ages=%q minor=%v part=%v more=%v coord=%v ell=%v art=%v\n", fi, s(f.Phrase), s(f.Count), names, from, pred, s(f.Ages), f.Minor, f.Partitive, f.More, f.Coordinated, f.Elliptic, f.Article)
			}
		}
		for _, o := range r.Origins {
			var names []string
			for _, n := range o.Names {
				names = append(names, s(n))
			}
			fmt.Printf("O %v %q\n", o.Role, names)
		}
	}
}
