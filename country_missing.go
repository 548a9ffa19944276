package rescue

import "strings"

// natMissingMarks are the country codes that forms also write for a value
// that is missing, with what the form means by them: "n.a." is far more
// often "not available" than Namibia, "dk" "don't know" than Denmark,
// "No" the answer than Norway.
var natMissingMarks = [...]struct{ code, means, country string }{
	{"NA", "not available or not applicable", "Namibia"},
	{"NR", "not recorded or not reported", "Nauru"},
	{"DK", "don't know", "Denmark"},
	{"NO", "no (a yes/no answer)", "Norway"},
}

// natMissingMark says why s, one of natMissingMarks written other than as
// the bare upper-case code (in lower or mixed case, or with dots or spaces:
// "na", "N.A.", "n.a", "Dk"), names no country, or gives "". The bare
// code ("NA") stays the country's, as code lists write it.
func natMissingMark(s string) string {
	t := strings.TrimSpace(s)
	if len(t) < 2 || len(t) > 8 {
		return ""
	}
	var b [2]byte
	n := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '.' || c == ' ':
		case n < 2 && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			b[n] = c &^ 0x20
			n++
		default:
			return ""
		}
	}
	if n != 2 {
		return ""
	}
	for _, m := range natMissingMarks {
		if string(b[:]) == m.code && t != m.code {
			return `"` + m.means + `" in forms, or ` + m.country + " (write " + m.code + " or " + m.country + " for the country)"
		}
	}
	return ""
}
