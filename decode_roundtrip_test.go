package rescue_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// The decoder is written by hand, one switch per record type, and the
// model changes: these tests fill every field of an operation by
// reflection, so that a field the decoder does not read, or reads into
// the wrong place, fails them.

// decodeGens draw a valid, non-zero value of each value type. A type of
// the model that has none here and is not a string, a vocabulary (a
// uint8 type with IsValid), a struct or a slice of those fails the test:
// add its generator.
var decodeGens = map[reflect.Type]func(t *rapid.T, label string) any{
	reflect.TypeFor[rescue.Age]():            decodeAge,
	reflect.TypeFor[rescue.Date]():           func(t *rapid.T, label string) any { return decodeDate(t, label, 1, 9999) },
	reflect.TypeFor[rescue.Period]():         decodePeriod,
	reflect.TypeFor[rescue.Country]():        decodeCountry,
	reflect.TypeFor[rescue.Nationality]():    decodeNationality,
	reflect.TypeFor[rescue.Count]():          decodeCount,
	reflect.TypeFor[rescue.Money]():          func(t *rapid.T, label string) any { return decodeMoney(t, label, "") },
	reflect.TypeFor[rescue.ReportedAmount](): decodeReported,
	reflect.TypeFor[time.Time]():             decodeTime,
}

var decodeCodes = []string{"MY", "TW", "PE", "TH", "ID", "PH", "VN", "KH", "MM", "CN", "IN", "NG", "US", "GB", "DE"}

func decodeAge(t *rapid.T, label string) any {
	lo := rapid.IntRange(0, 150).Draw(t, label+".lo")
	switch rapid.IntRange(0, 2).Draw(t, label+".kind") {
	case 0:
		return rescue.AgeYears(lo)
	case 1:
		return rescue.AgeBetween(lo, -1)
	}
	return rescue.AgeBetween(lo, rapid.IntRange(lo, 150).Draw(t, label+".hi"))
}

func decodeDate(t *rapid.T, label string, minYear, maxYear int) rescue.Date {
	p := rescue.Precision(rapid.IntRange(int(rescue.PrecisionYear), int(rescue.PrecisionDay)).Draw(t, label+".precision"))
	month, day := time.Month(1), 1
	if p >= rescue.PrecisionMonth {
		month = time.Month(rapid.IntRange(1, 12).Draw(t, label+".month"))
	}
	if p == rescue.PrecisionDay {
		day = rapid.IntRange(1, 28).Draw(t, label+".day")
	}
	d, err := rescue.NewDate(rapid.IntRange(minYear, maxYear).Draw(t, label+".year"), month, day, p)
	if err != nil {
		t.Fatalf("NewDate: %v", err)
	}
	return d
}

func decodePeriod(t *rapid.T, label string) any {
	start := decodeDate(t, label+".start", 1, 9998)
	end := decodeDate(t, label+".end", start.Year()+1, 9999)
	return rescue.Period{Start: start, End: end}
}

func decodeCountry(t *rapid.T, label string) any {
	return rescue.MustParseCountry(rapid.SampledFrom(decodeCodes).Draw(t, label))
}

func decodeNationality(t *rapid.T, label string) any {
	return rescue.MustParseNationality(rapid.SampledFrom(decodeCodes).Draw(t, label))
}

func decodeCount(t *rapid.T, label string) any {
	q := rapid.SampledFrom([]string{"", "at least ", "about "}).Draw(t, label+".qualifier")
	return rescue.MustParseCount(q + strconv.Itoa(rapid.IntRange(1, 1_000_000_000).Draw(t, label+".n")))
}

var decodeCurrencies = []string{"USD", "SGD", "THB", "EUR", "JPY", "KWD", "MYR", "PEN"}

func decodeMoney(t *rapid.T, label, not string) rescue.Money {
	cur := rapid.SampledFrom(decodeCurrencies).Filter(func(c string) bool { return c != not }).Draw(t, label+".currency")
	c := rescue.MustParseCurrency(cur)
	amount := decimal.New(rapid.Int64Range(0, 1e12).Draw(t, label+".amount"), -int32(c.Digits()))
	return rescue.NewMoney(amount, c)
}

func decodeReported(t *rapid.T, label string) any {
	q := rapid.SampledFrom([]rescue.Qualifier{rescue.Exact, rescue.AtLeast, rescue.MoreThan, rescue.AtMost, rescue.About}).Draw(t, label+".qualifier")
	a := rescue.ReportedAmount{Amount: decodeMoney(t, label+".amount", ""), Qualifier: q}
	if (q == rescue.Exact || q == rescue.About) && rapid.Bool().Draw(t, label+".range") {
		// A range starts above zero and rises.
		lo := a.Amount.Amount().Add(decimal.New(1, 0))
		a.Amount = rescue.NewMoney(lo, a.Amount.Currency())
		a.Max = rescue.NewMoney(lo.Add(decodeMoney(t, label+".max", "").Amount()).Add(decimal.New(1, 0)), a.Amount.Currency())
	}
	eq := decodeMoney(t, label+".equivalent", a.Amount.Currency().String())
	// An equivalent is 0 exactly when the amount is 0 (Validate).
	switch {
	case a.Amount.IsZeroAmount() && !a.IsRange() && q != rescue.AtLeast && q != rescue.MoreThan:
		eq = rescue.NewMoney(decimal.Zero, eq.Currency())
	case eq.IsZeroAmount():
		eq = rescue.NewMoney(decimal.New(1, 0), eq.Currency())
	}
	a.Equivalents = []rescue.ReportedAmount{{Amount: eq, Qualifier: rescue.About}}
	return a
}

func decodeTime(t *rapid.T, label string) any {
	sec := rapid.Int64Range(0, 4e9).Draw(t, label+".unix")
	nsec := rapid.Int64Range(0, 999_999_999).Draw(t, label+".nanos")
	off := 15 * 60 * rapid.IntRange(-48, 56).Draw(t, label+".offset")
	return time.Unix(sec, nsec).In(time.FixedZone("", off))
}

// decodeText draws free text: any UTF-8 but NUL, which DecodeOperation
// refuses and encoding/json writes.
var decodeText = rapid.StringN(1, 12, -1).Filter(func(s string) bool { return !strings.ContainsRune(s, 0) })

// decodeFill sets v and everything in it to random, valid, non-zero
// values; every slice gets one to three entries.
func decodeFill(t *rapid.T, v reflect.Value, label string) {
	typ := v.Type()
	if gen, ok := decodeGens[typ]; ok {
		v.Set(reflect.ValueOf(gen(t, label)))
		return
	}
	switch typ.Kind() {
	case reflect.String:
		v.SetString(decodeText.Draw(t, label))
	case reflect.Uint8:
		var codes []uint64
		for i := uint64(1); i < 256; i++ {
			x := reflect.New(typ).Elem()
			x.SetUint(i)
			if c, ok := x.Interface().(interface{ IsValid() bool }); ok && c.IsValid() {
				codes = append(codes, i)
			}
		}
		if len(codes) == 0 {
			t.Fatalf("%s: %v is not a vocabulary: add a generator to decodeGens", label, typ)
		}
		v.SetUint(rapid.SampledFrom(codes).Draw(t, label))
	case reflect.Int:
		v.SetInt(int64(rapid.IntRange(1, 999).Draw(t, label)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Struct:
		for i := range typ.NumField() {
			if f := typ.Field(i); f.IsExported() && f.Tag.Get("json") != "-" {
				decodeFill(t, v.Field(i), label+"."+f.Name)
			}
		}
		decodeFix(t, v.Addr().Interface(), label)
	case reflect.Slice:
		n := rapid.IntRange(1, 3).Draw(t, label+".len")
		v.Set(reflect.MakeSlice(typ, n, n))
		for i := range n {
			decodeFill(t, v.Index(i), label+"["+strconv.Itoa(i)+"]")
		}
	default:
		t.Fatalf("%s: no generator for %v: add one to decodeGens", label, typ)
	}
}

// decodeFix makes what decodeFill made of a struct consistent where its
// JSON form depends on it: a tally's status is of the kind its Of says.
func decodeFix(t *rapid.T, v any, label string) {
	if tally, ok := v.(*rescue.Tally); ok {
		if tally.Of == rescue.OfSuspects {
			tally.VictimStatus = 0
			tally.SuspectStatus = rapid.SampledFrom(rescue.SuspectStatuses()).Draw(t, label+".status")
		} else {
			tally.SuspectStatus = 0
			tally.VictimStatus = rapid.SampledFrom(rescue.VictimStatuses()).Draw(t, label+".status")
		}
	}
}

// decodeZeros lists the paths of the fields of v that are zero.
func decodeZeros(v reflect.Value, at string, out *[]string) {
	if v.IsZero() {
		*out = append(*out, at)
		return
	}
	if _, ok := decodeGens[v.Type()]; ok {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && f.Tag.Get("json") != "-" {
				decodeZeros(v.Field(i), at+"."+f.Name, out)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			decodeZeros(v.Index(i), at+"["+strconv.Itoa(i)+"]", out)
		}
	}
}

var decodeOps = rapid.Custom(func(t *rapid.T) *rescue.Operation {
	var op rescue.Operation
	decodeFill(t, reflect.ValueOf(&op).Elem(), "op")
	return &op
})

// TestDecodeOperationRoundTrip marshals random operations with every field
// set, with encoding/json, and checks that DecodeOperation gives back the
// same operation.
func TestDecodeOperationRoundTrip(t *testing.T) {
	t.Parallel()
	rapid.Check(t, func(t *rapid.T) {
		op := decodeOps.Draw(t, "op")
		var zeros []string
		decodeZeros(reflect.ValueOf(op).Elem(), "op", &zeros)
		if len(zeros) > 0 {
			t.Fatalf("the generator left fields zero: %v", zeros)
		}
		data, err := json.Marshal(op)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		back, err := rescue.DecodeOperation(bytes.NewReader(data))
		if back == nil {
			t.Fatalf("DecodeOperation(%s) = %v", data, err)
		}
		if diff := cmp.Diff(op, back); diff != "" {
			t.Fatalf("json.Marshal then DecodeOperation changed the operation (-want +got):\n%s", diff)
		}
		if verr := op.Validate(); (err == nil) != (verr == nil) || err != nil && err.Error() != verr.Error() {
			t.Fatalf("DecodeOperation's error %v is not Validate's %v", err, verr)
		}
		// The same, however the reads split the input.
		byByte, _ := rescue.DecodeOperation(iotest.OneByteReader(bytes.NewReader(data)))
		if diff := cmp.Diff(back, byByte); diff != "" {
			t.Fatalf("read a byte at a time, the operation differs (-whole +by byte):\n%s", diff)
		}
	})
}

// decodeNode is a JSON value with its objects' keys in order.
type decodeNode struct {
	raw  json.RawMessage // a string, number, literal
	keys []string        // an object's keys
	vals []*decodeNode   // an object's values, or an array's entries
	arr  bool
}

func decodeTree(dec *json.Decoder) (*decodeNode, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'), json.Delim('['):
		n := &decodeNode{arr: tok == json.Delim('[')}
		for dec.More() {
			if !n.arr {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.(string))
			}
			v, err := decodeTree(dec)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
		}
		_, err := dec.Token()
		return n, err
	}
	raw, err := json.Marshal(tok)
	return &decodeNode{raw: raw}, err
}

// write writes n, with key number k of object target renamed to rename
// and written twice if twice.
func (n *decodeNode) write(b *bytes.Buffer, target *decodeNode, k int, rename string, twice bool) {
	switch {
	case n.raw != nil:
		b.Write(n.raw)
	case n.arr:
		b.WriteByte('[')
		for i, v := range n.vals {
			if i > 0 {
				b.WriteByte(',')
			}
			v.write(b, target, k, rename, twice)
		}
		b.WriteByte(']')
	default:
		b.WriteByte('{')
		for i, v := range n.vals {
			key := n.keys[i]
			reps := 1
			if n == target && i == k {
				key = rename
				if twice {
					reps = 2
				}
			}
			for r := range reps {
				if i > 0 || r > 0 {
					b.WriteByte(',')
				}
				kb, _ := json.Marshal(key)
				b.Write(kb)
				b.WriteByte(':')
				v.write(b, target, k, rename, twice)
			}
		}
		b.WriteByte('}')
	}
}

// objects calls f with every object of n and its path.
func (n *decodeNode) objects(at string, f func(o *decodeNode, at string)) {
	if n.raw != nil {
		return
	}
	if !n.arr {
		f(n, at)
	}
	for i, v := range n.vals {
		switch {
		case n.arr:
			v.objects(at+"["+strconv.Itoa(i)+"]", f)
		default:
			sep := "."
			if at == "" {
				sep = ""
			}
			v.objects(at+sep+n.keys[i], f)
		}
	}
}

// TestDecodeOperationEveryKey takes every key of every object of a
// fully-filled operation in turn and checks that the decoder refuses it
// given twice (with its path) and in upper case (as an unknown key, not
// quoted, with the field suggested): keys match exactly, once each.
func TestDecodeOperationEveryKey(t *testing.T) {
	t.Parallel()
	op := decodeOps.Example(1)
	data, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := decodeTree(json.NewDecoder(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	keys := 0
	tree.objects("", func(o *decodeNode, at string) {
		for k, key := range o.keys {
			keys++
			path := key
			if at != "" {
				path = at + "." + key
			}
			var b bytes.Buffer
			tree.write(&b, o, k, key, true)
			_, err := rescue.DecodeOperation(&b)
			var je *rescue.JSONError
			if !errors.As(err, &je) || je.Path != path || !strings.Contains(err.Error(), fmt.Sprintf("duplicate key %q", key)) {
				t.Errorf("%s given twice: %v; want a duplicate key at %s", key, err, path)
			}
			b.Reset()
			upper := strings.ToUpper(key)
			tree.write(&b, o, k, upper, false)
			_, err = rescue.DecodeOperation(&b)
			unknown := strings.TrimSuffix(path, key) + "<key>"
			if !errors.As(err, &je) || je.Path != unknown || strings.Contains(err.Error(), upper) ||
				!strings.Contains(err.Error(), fmt.Sprintf("(did you mean %q?)", key)) {
				t.Errorf("%s in upper case: %v; want an unknown key at %s, not quoted, suggesting %q", key, err, unknown, key)
			}
		}
	})
	if keys < 80 {
		t.Errorf("only %d keys tried", keys)
	}
}
