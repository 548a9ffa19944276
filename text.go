package rescue

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// The rules for identifiers and free text, one set for every reader
// ([DecodeOperation], [ReadHTCDS]) and for [Operation.Validate], so that
// whatever one accepts the others read back unchanged.
const (
	// MaxIDBytes is the longest ID of a record, a group, a place or an
	// evidence item, and the longest reference to one.
	MaxIDBytes = 256
	// MaxTextBytes is the longest free text of one field: a name, a note,
	// a description, a scheme.
	MaxTextBytes = 16 << 10
)

// idProblem says what is wrong with id as an identifier, or "" if nothing
// is: it is at most MaxIDBytes of UTF-8, with no control or formatting
// character (no NUL, no line break, no right-to-left mark) and no white
// space at either end. An empty id is the caller's to judge.
func idProblem(id string) string {
	if len(id) > MaxIDBytes {
		return "longer than " + strconv.Itoa(MaxIDBytes) + " bytes"
	}
	for i := 0; i < len(id); {
		c := id[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				return "a control character at byte " + strconv.Itoa(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(id[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "not valid UTF-8 at byte " + strconv.Itoa(i)
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return "a control or formatting character at byte " + strconv.Itoa(i)
		}
		i += size
	}
	if id != "" {
		first, _ := utf8.DecodeRuneInString(id)
		last, _ := utf8.DecodeLastRuneInString(id)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			return "white space at an end"
		}
	}
	return ""
}

// textProblem says what is wrong with s as free text, or "" if nothing
// is: it is at most MaxTextBytes of UTF-8, its only control characters are
// tabs and line feeds (a carriage return would not survive a CSV round
// trip: write line breaks as "\n"), and it holds none of the bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
// that make text display other than it reads. Other formatting characters,
// such as the zero-width joiners some scripts need, are text.
func textProblem(s string) string {
	if len(s) > MaxTextBytes {
		return "longer than " + strconv.Itoa(MaxTextBytes) + " bytes"
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && c != '\t' && c != '\n') || c == 0x7f {
				return "a control character at byte " + strconv.Itoa(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "not valid UTF-8 at byte " + strconv.Itoa(i)
		case unicode.IsControl(r):
			return "a control character at byte " + strconv.Itoa(i)
		case 0x202A <= r && r <= 0x202E, 0x2066 <= r && r <= 0x2069:
			return "a bidirectional control character at byte " + strconv.Itoa(i)
		}
		i += size
	}
	return ""
}
