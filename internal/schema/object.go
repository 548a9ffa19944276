package schema

import (
	"bytes"
	"encoding/json"
)

// object is a JSON object that keeps its keys in the order they were set,
// so that the schema reads top-down (title, description, type, properties)
// and regenerates byte for byte.
type object []member

type member struct {
	key   string
	value any
}

// set sets key to value, replacing an earlier value, and returns o.
func (o object) set(key string, value any) object {
	for i := range o {
		if o[i].key == key {
			o[i].value = value
			return o
		}
	}
	return append(o, member{key, value})
}

func (o object) get(key string) (any, bool) {
	for _, m := range o {
		if m.key == key {
			return m.value, true
		}
	}
	return nil, false
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping: patterns hold < and >.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// ref returns a reference to the definition name.
func ref(name string) object { return object{{"$ref", "#/$defs/" + name}} }

// indent writes v as JSON indented by two spaces a level, but for arrays
// of scalars, which stay on one line: ["string", "null"].
func indent(b *bytes.Buffer, v any, prefix string) error {
	switch v := v.(type) {
	case object:
		if len(v) == 0 {
			b.WriteString("{}")
			return nil
		}
		return indentLines(b, "{", "}", len(v), prefix, func(i int) error {
			k, err := marshal(v[i].key)
			if err != nil {
				return err
			}
			b.Write(k)
			b.WriteString(": ")
			return indent(b, v[i].value, prefix+"  ")
		})
	case []object:
		return indentLines(b, "[", "]", len(v), prefix, func(i int) error {
			return indent(b, v[i], prefix+"  ")
		})
	}
	if list, ok := v.([]any); ok { // scalars on one line
		b.WriteByte('[')
		for i, x := range list {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := marshal(x)
			if err != nil {
				return err
			}
			b.Write(s)
		}
		b.WriteByte(']')
		return nil
	}
	if list, ok := v.([]string); ok {
		anys := make([]any, len(list))
		for i, x := range list {
			anys[i] = x
		}
		return indent(b, anys, prefix)
	}
	s, err := marshal(v)
	if err != nil {
		return err
	}
	b.Write(s)
	return nil
}

// indentLines writes n elements between open and close, one a line,
// each written by elem.
func indentLines(b *bytes.Buffer, open, close string, n int, prefix string, elem func(i int) error) error {
	b.WriteString(open + "\n")
	for i := range n {
		b.WriteString(prefix + "  ")
		if err := elem(i); err != nil {
			return err
		}
		if i < n-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString(prefix + close)
	return nil
}
