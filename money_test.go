package rescue_test

import (
	"os"
	"unicode"

	"encoding/json"
	"errors"
	"fmt"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"strings"
	"testing"

	"github.com/antitrafficking/rescue"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// mtM and mtD keep the tables short.
func mtM(s string) rescue.Money { return rescue.MustParseMoney(s) }

func mtD(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestNewMoneyAccessors(t *testing.T) {
	t.Parallel()
	m := rescue.NewMoney(mtD("-12.5"), rescue.SGD)
	if !m.Amount().Equal(mtD("-12.5")) || m.Currency() != rescue.SGD || !m.IsValid() || m.IsZero() || m.IsZeroAmount() || m.Sign() != -1 {
		t.Errorf("NewMoney(-12.5, SGD): Amount %v Currency %v IsValid %v IsZero %v Sign %d",
			m.Amount(), m.Currency(), m.IsValid(), m.IsZero(), m.Sign())
	}
	if got := m.Neg(); !got.Equal(mtM("SGD 12.5")) {
		t.Errorf("Neg = %v, want SGD 12.50", got)
	}
	if got, err := m.Mul(mtD("0.1")); err != nil || !got.Equal(mtM("SGD -1.25")) || got.String() != "SGD -1.25" {
		t.Errorf("Mul(0.1) = %v, %v; want SGD -1.25 exactly", got, err)
	}
	if z := rescue.NewMoney(decimal.Zero, rescue.USD); !z.IsValid() || z.IsZero() || !z.IsZeroAmount() || z.Sign() != 0 {
		t.Errorf("USD 0: IsValid %v IsZero %v IsZeroAmount %v Sign %d; a zero amount in a currency is valid, not the zero value (issue 8)",
			z.IsValid(), z.IsZero(), z.IsZeroAmount(), z.Sign())
	}
	if z := rescue.MustParseMoney("USD 0"); z.IsZero() {
		t.Error(`MustParseMoney("USD 0").IsZero() is true; want false: IsZero means the zero value`)
	}
}

func TestMoneyZeroValue(t *testing.T) {
	t.Parallel()
	var m rescue.Money
	if m.IsValid() || !m.IsZero() || !m.IsZeroAmount() || m.Sign() != 0 || m.Currency().IsValid() || !m.Amount().IsZero() {
		t.Error("the zero Money must be an amount of 0 in no currency, not valid")
	}
	if m.String() != "" || m.Format(language.English) != "" || m.Neg().String() != "" {
		t.Errorf("zero Money prints %q / %q; want empty", m.String(), m.Format(language.English))
	}
	if b, err := json.Marshal(m); err != nil || string(b) != `""` {
		t.Errorf("json.Marshal = %s, %v; want \"\"", b, err)
	}
	if b, err := m.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("MarshalText = %q, %v; want empty", b, err)
	}
	if v, err := m.Value(); err != nil || v != nil {
		t.Errorf("Value = %#v, %v; want nil (NULL)", v, err)
	}
	if got := fmt.Sprintf("%#v", m); got != "rescue.Money{}" {
		t.Errorf("%%#v = %s", got)
	}
	if !m.Equal(rescue.Money{}) || m.Equal(mtM("USD 0")) {
		t.Error("the zero Money equals itself and not USD 0.00")
	}
}

func TestMoneyArithmetic(t *testing.T) {
	t.Parallel()
	type op func(a, b rescue.Money) (rescue.Money, error)
	add := rescue.Money.Add
	sub := rescue.Money.Sub
	tests := []struct {
		name    string
		op      op
		a, b    rescue.Money
		want    rescue.Money
		wantErr bool
		reason  string
	}{
		{name: "add", op: add, a: mtM("USD 10000"), b: mtM("USD 0.01"), want: mtM("USD 10000.01"), reason: "exact decimal addition"},
		{name: "add tenths", op: add, a: mtM("USD 0.1"), b: mtM("USD 0.2"), want: mtM("USD 0.3"), reason: "no binary floating point"},
		{name: "add negative", op: add, a: mtM("JPY 500"), b: mtM("JPY -700"), want: mtM("JPY -200"), reason: "signs"},
		{name: "add extra digits", op: add, a: mtM("USD 1.005"), b: mtM("USD 1"), want: mtM("USD 2.005"), reason: "nothing is rounded unless asked"},
		{name: "zero plus", op: add, a: rescue.Money{}, b: mtM("SGD 5"), want: mtM("SGD 5"), reason: "the zero Money adds as nothing"},
		{name: "plus zero", op: add, a: mtM("SGD 5"), b: rescue.Money{}, want: mtM("SGD 5"), reason: "the zero Money adds as nothing"},
		{name: "zero plus zero", op: add, a: rescue.Money{}, b: rescue.Money{}, want: rescue.Money{}, reason: "nothing and nothing"},
		{name: "mismatch", op: add, a: mtM("USD 5"), b: mtM("SGD 5"), wantErr: true, reason: "never add across currencies"},
		{name: "mismatch valid zero", op: add, a: mtM("USD 0"), b: mtM("SGD 5"), wantErr: true, reason: "USD 0.00 is a recorded amount in USD, not the zero Money"},
		{name: "mismatch invalid nonzero", op: add, a: rescue.NewMoney(mtD("5"), rescue.Currency{}), b: mtM("SGD 5"), wantErr: true, reason: "an amount with no currency is not nothing"},
		{name: "sub", op: sub, a: mtM("MYR 6300"), b: mtM("MYR 300.50"), want: mtM("MYR 5999.50"), reason: "exact"},
		{name: "sub to negative", op: sub, a: mtM("MYR 1"), b: mtM("MYR 2"), want: mtM("MYR -1"), reason: "signs"},
		{name: "zero minus", op: sub, a: rescue.Money{}, b: mtM("MYR 2"), want: mtM("MYR -2"), reason: "the zero Money counts as 0"},
		{name: "sub mismatch", op: sub, a: mtM("MYR 1"), b: mtM("SGD 1"), wantErr: true, reason: "never subtract across currencies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tt.op(tt.a, tt.b)
			if tt.wantErr {
				var me *rescue.MismatchError
				if !errors.Is(err, rescue.ErrCurrencyMismatch) || !errors.As(err, &me) {
					t.Fatalf("%v op %v = %v, %v; want a *MismatchError wrapping ErrCurrencyMismatch (%s)", tt.a, tt.b, got, err, tt.reason)
				}
				if me.A != tt.a.Currency() || me.B != tt.b.Currency() {
					t.Errorf("MismatchError{A: %v, B: %v}; want the operands' currencies", me.A, me.B)
				}
				if got.IsValid() {
					t.Errorf("returned %v with the error; want the zero Money", got)
				}
				return
			}
			if err != nil || !got.Equal(tt.want) {
				t.Fatalf("%v op %v = %v, %v; want %v (%s)", tt.a, tt.b, got, err, tt.want, tt.reason)
			}
		})
	}
}

func TestMoneyCmp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		a, b    rescue.Money
		want    int
		wantErr bool
		reason  string
	}{
		{name: "less", a: mtM("USD 9999.99"), b: mtM("USD 10000"), want: -1, reason: "numeric order"},
		{name: "equal scales", a: mtM("USD 10"), b: mtM("USD 10.0000"), want: 0, reason: "numerically equal"},
		{name: "greater", a: mtM("USD -1"), b: mtM("USD -2"), want: 1, reason: "negatives"},
		{name: "zero Money", a: rescue.Money{}, b: mtM("USD 5"), want: -1, reason: "the zero Money counts as 0 in any currency"},
		{name: "zero Money right", a: mtM("USD -5"), b: rescue.Money{}, want: -1, reason: "the zero Money counts as 0 in any currency"},
		{name: "mismatch", a: mtM("USD 5"), b: mtM("EUR 5"), wantErr: true, reason: "amounts in two currencies do not compare"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := tt.a.Cmp(tt.b)
			if tt.wantErr {
				if !errors.Is(err, rescue.ErrCurrencyMismatch) {
					t.Fatalf("Cmp = %d, %v; want ErrCurrencyMismatch (%s)", got, err, tt.reason)
				}
				if !strings.Contains(err.Error(), "compare USD and EUR") {
					t.Errorf("error %q should say what was compared", err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("%v.Cmp(%v) = %d, %v; want %d (%s)", tt.a, tt.b, got, err, tt.want, tt.reason)
			}
		})
	}
}

func TestMismatchError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		err    *rescue.MismatchError
		want   string
		reason string
	}{
		{name: "two currencies", err: &rescue.MismatchError{Func: "Money.Add", Op: "add", A: rescue.USD, B: rescue.SGD}, want: "Money.Add: cannot add USD and SGD: currency mismatch", reason: "the contract's example: the method, the operation and both currencies"},
		{name: "no func", err: &rescue.MismatchError{Op: "add", A: rescue.USD, B: rescue.SGD}, want: "cannot add USD and SGD: currency mismatch", reason: "no method, no prefix"},
		{name: "no currency", err: &rescue.MismatchError{Op: "convert", B: rescue.USD}, want: "cannot convert no currency and USD: currency mismatch", reason: "the zero Currency is named"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q (%s)", got, tt.want, tt.reason)
			}
			if !errors.Is(tt.err, rescue.ErrCurrencyMismatch) {
				t.Error("MismatchError must wrap ErrCurrencyMismatch")
			}
		})
	}
}

func TestMoneyEqual(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		a, b   rescue.Money
		want   bool
		reason string
	}{
		{name: "scales", a: mtM("USD 10"), b: mtM("USD 10.00"), want: true, reason: "USD 10 equals USD 10.00"},
		{name: "constructed", a: rescue.NewMoney(decimal.New(1000, -2), rescue.USD), b: mtM("USD 10"), want: true, reason: "however the decimal was built"},
		{name: "currency", a: mtM("USD 10"), b: mtM("SGD 10"), want: false, reason: "same number, different currency"},
		{name: "amount", a: mtM("USD 10"), b: mtM("USD 10.01"), want: false, reason: "different amounts"},
		{name: "zero values", a: rescue.Money{}, b: rescue.Money{}, want: true, reason: "nothing equals nothing"},
		{name: "zero vs USD 0", a: rescue.Money{}, b: mtM("USD 0"), want: false, reason: "a recorded zero is not nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("%v.Equal(%v) = %v, want %v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := cmp.Equal(tt.a, tt.b); got != tt.want {
				t.Errorf("cmp.Equal = %v, want %v: cmp must use the Equal method", got, tt.want)
			}
		})
	}
}

func TestMoneyRound(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		in     string
		mode   rescue.RoundingMode
		want   string
		reason string
	}{
		{name: "half-even tie down", in: "USD 2.345", mode: rescue.HalfEven, want: "USD 2.34", reason: "a tie goes to the even cent"},
		{name: "half-even tie up", in: "USD 2.355", mode: rescue.HalfEven, want: "USD 2.36", reason: "a tie goes to the even cent"},
		{name: "half-even negative tie", in: "USD -2.345", mode: rescue.HalfEven, want: "USD -2.34", reason: "symmetric about zero"},
		{name: "half-even not a tie", in: "USD 2.3451", mode: rescue.HalfEven, want: "USD 2.35", reason: "above the half rounds up"},
		{name: "half-even zero value mode", in: "USD 0.125", mode: rescue.RoundingMode(0), want: "USD 0.12", reason: "the zero RoundingMode is HalfEven"},
		{name: "half-up tie", in: "USD 2.345", mode: rescue.HalfUp, want: "USD 2.35", reason: "a tie goes away from zero"},
		{name: "half-up negative tie", in: "USD -2.345", mode: rescue.HalfUp, want: "USD -2.35", reason: "away from zero for negatives too"},
		{name: "half-up below", in: "USD 2.3449", mode: rescue.HalfUp, want: "USD 2.34", reason: "below the half rounds down"},
		{name: "down", in: "USD 2.349", mode: rescue.Down, want: "USD 2.34", reason: "truncates"},
		{name: "down negative", in: "USD -2.349", mode: rescue.Down, want: "USD -2.34", reason: "toward zero"},
		{name: "up", in: "USD 2.341", mode: rescue.Up, want: "USD 2.35", reason: "away from zero"},
		{name: "up negative", in: "USD -2.341", mode: rescue.Up, want: "USD -2.35", reason: "away from zero"},
		{name: "floor negative", in: "USD -2.341", mode: rescue.Floor, want: "USD -2.35", reason: "toward negative infinity"},
		{name: "floor positive", in: "USD 2.349", mode: rescue.Floor, want: "USD 2.34", reason: "toward negative infinity"},
		{name: "ceiling negative", in: "USD -2.349", mode: rescue.Ceiling, want: "USD -2.34", reason: "toward positive infinity"},
		{name: "ceiling positive", in: "USD 2.341", mode: rescue.Ceiling, want: "USD 2.35", reason: "toward positive infinity"},
		{name: "JPY half-even 2.5", in: "JPY 2.5", mode: rescue.HalfEven, want: "JPY 2", reason: "no minor unit; tie to even"},
		{name: "JPY half-even 3.5", in: "JPY 3.5", mode: rescue.HalfEven, want: "JPY 4", reason: "no minor unit; tie to even"},
		{name: "JPY half-up -2.5", in: "JPY -2.5", mode: rescue.HalfUp, want: "JPY -3", reason: "away from zero"},
		{name: "KWD three places", in: "KWD 1.2345", mode: rescue.HalfEven, want: "KWD 1.234", reason: "three minor digits"},
		{name: "CLF four places", in: "CLF 1.23455", mode: rescue.HalfEven, want: "CLF 1.2346", reason: "four minor digits; the tie goes to the even 6"},
		{name: "already rounded", in: "USD 2.3", mode: rescue.Up, want: "USD 2.30", reason: "within the minor units nothing changes"},
		{name: "large", in: "USD 123456789012345678901234.565", mode: rescue.HalfEven, want: "USD 123456789012345678901234.56", reason: "beyond int64"},
		{name: "gold", in: "XAU 1.23456", mode: rescue.HalfUp, want: "XAU 1.23456", reason: "units without minor units are left as they are"},
		{name: "unknown mode", in: "USD 2.345", mode: rescue.RoundingMode(99), want: "USD 2.34", reason: "an unknown mode rounds half-even"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := mtM(tt.in).Round(tt.mode)
			if got.String() != tt.want {
				t.Errorf("%s.Round(%v) = %v, want %s (%s)", tt.in, tt.mode, got, tt.want, tt.reason)
			}
			if again := got.Round(tt.mode); !again.Equal(got) {
				t.Errorf("Round is not idempotent: %v then %v", got, again)
			}
		})
	}
	if got := (rescue.Money{}).Round(rescue.Up); got.IsValid() {
		t.Errorf("zero Money rounds to %v; want the zero Money", got)
	}
}

func TestRoundingModeString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mode   rescue.RoundingMode
		want   string
		reason string
	}{
		{name: "zero", mode: 0, want: "HalfEven", reason: "the zero value is HalfEven"},
		{name: "HalfUp", mode: rescue.HalfUp, want: "HalfUp", reason: "its name"},
		{name: "Down", mode: rescue.Down, want: "Down", reason: "its name"},
		{name: "Up", mode: rescue.Up, want: "Up", reason: "its name"},
		{name: "Floor", mode: rescue.Floor, want: "Floor", reason: "its name"},
		{name: "Ceiling", mode: rescue.Ceiling, want: "Ceiling", reason: "its name"},
		{name: "unknown", mode: 42, want: "%!RoundingMode(42)", reason: "out of range prints like time.Month, without panicking"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.mode.String(); got != tt.want {
				t.Errorf("String() = %q, want %q (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestMoneyString(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		m      rescue.Money
		want   string
		reason string
	}{
		{name: "USD", m: mtM("US$10,000"), want: "USD 10000.00", reason: "code, space, plain decimal, two minor digits"},
		{name: "JPY", m: mtM("JP¥500"), want: "JPY 500", reason: "no minor unit, no decimal mark"},
		{name: "KWD", m: mtM("KWD 1.25"), want: "KWD 1.250", reason: "three minor digits"},
		{name: "CLF", m: mtM("CLF 1"), want: "CLF 1.0000", reason: "four minor digits"},
		{name: "extra digits kept", m: mtM("USD 1.005"), want: "USD 1.005", reason: "nothing is rounded away"},
		{name: "JPY fraction kept", m: mtM("JPY 500.5"), want: "JPY 500.5", reason: "a fraction of a yen is kept"},
		{name: "trailing zeros trimmed", m: rescue.NewMoney(mtD("1.50000"), rescue.USD), want: "USD 1.50", reason: "zeros beyond the minor units carry nothing"},
		{name: "negative", m: mtM("USD -3.125"), want: "USD -3.125", reason: "a minus before the digits"},
		{name: "negative small", m: mtM("USD -0.05"), want: "USD -0.05", reason: "a minus before 0."},
		{name: "zero", m: mtM("USD 0"), want: "USD 0.00", reason: "a recorded zero prints"},
		{name: "zero with exponent", m: rescue.NewMoney(decimal.New(0, 5), rescue.USD), want: "USD 0.00", reason: "0×10^5 is 0"},
		{name: "positive exponent", m: rescue.NewMoney(decimal.New(5, 3), rescue.USD), want: "USD 5000.00", reason: "5×10^3"},
		{name: "tiny", m: rescue.NewMoney(mtD("0.000001"), rescue.USD), want: "USD 0.000001", reason: "leading fraction zeros"},
		{name: "tiny JPY", m: rescue.NewMoney(mtD("0.05"), rescue.JPY), want: "JPY 0.05", reason: "leading fraction zeros with no minor unit"},
		{name: "gold", m: mtM("XAU 1.5"), want: "XAU 1.5", reason: "no minor unit"},
		{name: "grouped input", m: mtM("1,50,000 INR"), want: "INR 150000.00", reason: "no grouping in the canonical text"},
		{name: "beyond int64", m: mtM("USD 123456789012345678901234.5"), want: "USD 123456789012345678901234.50", reason: "more than 18 digits"},
		{name: "beyond int64 negative", m: mtM("-123456789012345678901234567890 IDR"), want: "IDR -123456789012345678901234567890.00", reason: "30 digits"},
		{name: "scale", m: mtM("RM1.5 million"), want: "MYR 1500000.00", reason: "scale words are multiplied out"},
		{name: "zero Money", m: rescue.Money{}, want: "", reason: "the zero value prints as nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.m.String(); got != tt.want {
				t.Errorf("String() = %q, want %q (%s)", got, tt.want, tt.reason)
			}
			if b, err := tt.m.MarshalText(); err != nil || string(b) != tt.want {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tt.want)
			}
			if b, err := tt.m.AppendText([]byte("x")); err != nil || string(b) != "x"+tt.want {
				t.Errorf("AppendText = %q, %v", b, err)
			}
			if tt.want == "" {
				return
			}
			var back rescue.Money
			if err := back.UnmarshalText([]byte(tt.want)); err != nil || !back.Equal(tt.m) {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v back", tt.want, back, err, tt.m)
			}
		})
	}
}

// mtReferenceString is Money.String written the slow, obvious way, to check
// the fast path against: StringFixed to the larger of the minor units and
// the amount's own places, then trailing zeros trimmed to the minor units.
func mtReferenceString(m rescue.Money) string {
	d, minDigits := m.Amount(), m.Currency().Digits()
	s := d.StringFixed(max(int32(minDigits), -d.Exponent()))
	if i := strings.IndexByte(s, '.'); i >= 0 {
		for len(s) > i+1+minDigits && s[len(s)-1] == '0' {
			s = s[:len(s)-1]
		}
		s = strings.TrimSuffix(s, ".")
	}
	return m.Currency().String() + " " + s
}

// mtGenMoney draws amounts of up to 30 significant digits, with up to 30
// digits on either side of the decimal mark (the bounds ParseMoney reads),
// in any known currency.
func mtGenMoney(cs []rescue.Currency) *rapid.Generator[rescue.Money] {
	return rapid.Custom(func(t *rapid.T) rescue.Money {
		c := rapid.SampledFrom(cs).Draw(t, "currency")
		digits := rapid.StringMatching(`[1-9][0-9]{0,17}`).Draw(t, "digits")
		if rapid.Bool().Draw(t, "long") {
			digits = rapid.StringMatching(`[1-9][0-9]{0,29}`).Draw(t, "long digits")
		}
		// len(digits)+exp digits before the mark, -exp after it.
		exp := rapid.IntRange(-30, 30-len(digits)).Draw(t, "exp")
		d := mtD(digits).Shift(int32(exp))
		if rapid.Bool().Draw(t, "neg") {
			d = d.Neg()
		}
		if rapid.IntRange(0, 20).Draw(t, "zero") == 0 {
			d = decimal.New(0, int32(rapid.IntRange(-5, 5).Draw(t, "zero exp")))
		}
		return rescue.NewMoney(d, c)
	})
}

// mtGenAmount draws amounts such as reports give: up to 15 digits, up to 4
// decimals.
func mtGenAmount(c rescue.Currency) *rapid.Generator[rescue.Money] {
	return rapid.Custom(func(t *rapid.T) rescue.Money {
		v := rapid.Int64Range(-999_999_999_999_999, 999_999_999_999_999).Draw(t, "coefficient")
		exp := rapid.Int32Range(-4, 0).Draw(t, "exp")
		return rescue.NewMoney(decimal.New(v, exp), c)
	})
}

func TestMoneyStringProperties(t *testing.T) {
	cs := mtAllCurrencies(t)
	rapid.Check(t, func(t *rapid.T) {
		m := mtGenMoney(cs).Draw(t, "m")
		s := m.String()
		if want := mtReferenceString(m); s != want {
			t.Fatalf("String() = %q, want %q", s, want)
		}
		back, err := rescue.ParseMoney(s)
		if errors.Is(err, rescue.ErrAmbiguous) {
			// One dot before three digits in a currency of fewer minor
			// units ("USD 3.125"): the prose parser leaves it open, and
			// the strict reader takes it as the canonical text.
			err = back.UnmarshalText([]byte(s))
		}
		if err != nil || !back.Equal(m) {
			t.Fatalf("ParseMoney(%q), or UnmarshalText where it is ambiguous = %v, %v; want %v", s, back, err, m)
		}
		if back.String() != s {
			t.Fatalf("String is not stable: %q then %q", s, back.String())
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var j rescue.Money
		if err := json.Unmarshal(b, &j); err != nil || !j.Equal(m) {
			t.Fatalf("JSON %s decodes to %v, %v; want %v", b, j, err, m)
		}
	})
}

func TestMoneyArithmeticProperties(t *testing.T) {
	cs := mtAllCurrencies(t)
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(cs).Draw(t, "currency")
		a := mtGenAmount(c).Draw(t, "a")
		b := mtGenAmount(c).Draw(t, "b")
		d := mtGenAmount(c).Draw(t, "c")
		ab, err1 := a.Add(b)
		ba, err2 := b.Add(a)
		if err1 != nil || err2 != nil || !ab.Equal(ba) {
			t.Fatalf("Add is not commutative: %v+%v = %v (%v), %v (%v)", a, b, ab, err1, ba, err2)
		}
		abc1, _ := ab.Add(d)
		bc, _ := b.Add(d)
		abc2, _ := a.Add(bc)
		if !abc1.Equal(abc2) {
			t.Fatalf("Add is not associative: (%v+%v)+%v = %v, %v+(%v+%v) = %v", a, b, d, abc1, a, b, d, abc2)
		}
		back, err := ab.Sub(b)
		if err != nil || !back.Equal(a) {
			t.Fatalf("Sub does not invert Add: (%v+%v)-%v = %v, %v", a, b, b, back, err)
		}
		if z, _ := a.Add(rescue.Money{}); !z.Equal(a) {
			t.Fatalf("%v + zero Money = %v", a, z)
		}
		cmp, err := a.Cmp(b)
		if diff, _ := a.Sub(b); err != nil || cmp != diff.Sign() {
			t.Fatalf("%v.Cmp(%v) = %d, %v; want the sign of the difference", a, b, cmp, err)
		}
		mode := rescue.RoundingMode(rapid.IntRange(0, 5).Draw(t, "mode"))
		r := a.Round(mode)
		if rr := r.Round(mode); !rr.Equal(r) || rr.String() != r.String() {
			t.Fatalf("Round(%v) is not idempotent: %v then %v", mode, r, rr)
		}
		// Rounding moves the amount by less than one minor unit.
		diff, _ := a.Sub(r)
		if unit := decimal.New(1, -int32(c.Digits())); diff.Amount().Abs().GreaterThanOrEqual(unit) {
			t.Fatalf("%v rounded %v is %v, more than a minor unit away", a, mode, r)
		}
	})
}

func TestMoneyFormat(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		m      rescue.Money
		tag    language.Tag
		want   string
		reason string
	}{
		{name: "USD", m: mtM("USD 10000"), tag: language.English, want: "US$10,000.00", reason: "US$, not the ambiguous $"},
		{name: "SGD", m: mtM("SGD 13700"), tag: language.English, want: "S$13,700.00", reason: "Singapore dollar sign"},
		{name: "MYR", m: mtM("MYR 1500000"), tag: language.English, want: "RM1,500,000.00", reason: "ringgit Malaysia"},
		{name: "TWD", m: mtM("TWD 3000"), tag: language.English, want: "NT$3,000.00", reason: "New Taiwan dollar"},
		{name: "PEN", m: mtM("PEN 5000"), tag: language.English, want: "S/5,000.00", reason: "Peruvian sol"},
		{name: "EUR", m: mtM("EUR 2500000"), tag: language.English, want: "€2,500,000.00", reason: "euro sign"},
		{name: "JPY", m: mtM("JPY 500"), tag: language.English, want: "JP¥500", reason: "JP¥, not the ambiguous ¥; no minor unit"},
		{name: "KES", m: mtM("KES 1000"), tag: language.English, want: "KES 1,000.00", reason: "no unambiguous sign: the code and a space"},
		{name: "CNY", m: mtM("CNY 20000"), tag: language.English, want: "CN¥20,000.00", reason: "CN¥, not the ambiguous ¥"},
		{name: "KWD", m: mtM("KWD 1234.5"), tag: language.English, want: "KWD 1,234.500", reason: "three minor digits"},
		{name: "negative", m: mtM("USD -3.5"), tag: language.English, want: "-US$3.50", reason: "the minus before the sign"},
		{name: "extra digits", m: mtM("USD 1234.5678"), tag: language.English, want: "US$1,234.5678", reason: "nothing is rounded away"},
		{name: "small", m: mtM("GBP 6.5"), tag: language.English, want: "£6.50", reason: "no grouping under 1,000"},
		{name: "und", m: mtM("USD 10000"), tag: language.Und, want: "US$10,000.00", reason: "an undetermined language formats as English"},
		{name: "German", m: mtM("EUR 2500000"), tag: language.German, want: "€2.500.000,00", reason: "German marks from x/text"},
		{name: "French", m: mtM("EUR 2500000"), tag: language.French, want: "€2\u00a0500\u00a0000,00", reason: "French groups with a no-break space"},
		{name: "Indian English", m: mtM("INR 1500000"), tag: language.MustParse("en-IN"), want: "₹15,00,000.00", reason: "Indian grouping: lakhs"},
		{name: "Swiss German", m: mtM("CHF 1234567.5"), tag: language.MustParse("de-CH"), want: "CHF 1’234’567.50", reason: "Swiss apostrophe grouping"},
		{name: "zero Money", m: rescue.Money{}, tag: language.English, want: "", reason: "the zero value formats as nothing"},
		// Issue 8: one script per number, and CLDR's minimum grouping.
		{name: "Persian", m: mtM("USD 12345678.90"), tag: language.Persian, want: "US$۱۲٬۳۴۵٬۶۷۸٫۹۰", reason: "Persian digits with Persian separators, not ASCII digits with Arabic separators"},
		{name: "Arabic", m: mtM("USD 12345678.90"), tag: language.Arabic, want: "US$١٢٬٣٤٥٬٦٧٨٫٩٠", reason: "Arabic-Indic digits with Arabic separators"},
		{name: "Urdu India", m: mtM("USD 1234.5"), tag: language.MustParse("ur-IN"), want: "US$۱٬۲۳۴٫۵۰", reason: "one script: extended Arabic-Indic digits and separators"},
		{name: "Bengali", m: mtM("INR 1500000"), tag: language.Bengali, want: "₹১৫,০০,০০০.০০", reason: "Bengali digits, Indian grouping"},
		{name: "Spanish", m: mtM("EUR 1234.59"), tag: language.Spanish, want: "€1234,59", reason: "CLDR's minimum grouping digits for Spanish is 2: no group before five digits"},
		{name: "Spanish 5 digits", m: mtM("EUR 12345.59"), tag: language.Spanish, want: "€12.345,59", reason: "five digits are grouped"},
		{name: "Polish", m: mtM("PLN 1234.5"), tag: language.Polish, want: "PLN 1234,50", reason: "minimum grouping 2 in Polish"},
		{name: "European Portuguese", m: mtM("EUR 1234.5"), tag: language.MustParse("pt-PT"), want: "€1234,50", reason: "minimum grouping 2 in pt-PT"},
		{name: "Brazilian Portuguese", m: mtM("BRL 1234.5"), tag: language.MustParse("pt-BR"), want: "R$1.234,50", reason: "minimum grouping 1 in pt-BR"},
		{name: "German extension", m: mtM("EUR 2500000"), tag: language.MustParse("de-DE-u-co-phonebk"), want: "€2.500.000,00", reason: "extensions aside, the style of de-DE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := tt.m.Format(tt.tag)
			if got != tt.want {
				t.Fatalf("Format(%v) = %q, want %q (%s)", tt.tag, got, tt.want, tt.reason)
			}
			if got == "" || strings.ContainsFunc(got, func(r rune) bool { return unicode.IsDigit(r) && r > '9' }) {
				return
			}
			back, err := rescue.ParseMoneyIn(got, tt.tag)
			if err != nil || !back.Equal(tt.m) {
				t.Errorf("ParseMoneyIn(%q, %v) = %v, %v; want %v: what Format prints reads back in its language", got, tt.tag, back, err, tt.m)
			}
		})
	}
}

// TestMoneyFormatMatchesXText checks the number Format writes, in every
// language with a CLDR locale, against golang.org/x/text's own formatting
// of the same number (which x/text writes without CLDR's minimum grouping,
// so the number has enough digits for that not to matter), and that each
// number is in one script: its digits all from one numbering system, and
// Latin separators only with Latin digits.
func TestMoneyFormatMatchesXText(t *testing.T) {
	t.Parallel()
	m := mtM("KES 12345678.25") // no sign: the number follows "KES "
	for _, tag := range mtLocales(t) {
		got := strings.TrimPrefix(m.Format(tag), "KES ")
		want := message.NewPrinter(tag).Sprint(number.Decimal(12345678.25, number.Scale(2)))
		if got != want {
			t.Errorf("Format(%v) writes %q; x/text writes %q", tag, got, want)
		}
		var zero rune = -1
		latinSep := false
		for _, r := range got {
			switch {
			case unicode.IsDigit(r):
				z := '0'
				if r > '9' {
					z = r - mtDigitValue(r)
				}
				if zero >= 0 && z != zero {
					t.Errorf("Format(%v) = %q mixes the digits of two numbering systems", tag, got)
				}
				zero = z
			case r == '.' || r == ',':
				latinSep = true
			}
		}
		if zero != '0' && latinSep && !mtLatinSeparatorsAllowed(tag) {
			t.Errorf("Format(%v) = %q: Latin separators with native digits", tag, got)
		}
	}
}

// mtDigitValue is the value of a decimal digit rune.
func mtDigitValue(r rune) rune {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z) {
			return r - z - 1
		}
	}
	return 9
}

// mtLatinSeparatorsAllowed lists the numbering systems whose CLDR symbols
// are the Latin ones: Bengali, Devanagari, Myanmar… digits group with "," and
// mark decimals with ".", as x/text writes them.
func mtLatinSeparatorsAllowed(tag language.Tag) bool {
	s := message.NewPrinter(tag).Sprint(number.Decimal(1234.5))
	return strings.ContainsAny(s, ".,")
}

// mtLocales returns the language tags of the CLDR locales the package
// knows (internal/data/cldr-numbers.tsv).
func mtLocales(t *testing.T) []language.Tag {
	t.Helper()
	data, err := os.ReadFile("internal/data/cldr-numbers.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var tags []language.Tag
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		loc, _, _ := strings.Cut(line, "\t")
		tags = append(tags, language.Make(loc))
	}
	if len(tags) < 500 {
		t.Fatalf("only %d locales", len(tags))
	}
	return tags
}

func TestMoneyFormatEveryCurrencyParsesBack(t *testing.T) {
	t.Parallel()
	amounts := []string{"0", "1", "-1", "0.5", "0.01", "0.001", "12.34", "999", "1000", "-1234.5", "1000000", "12345678.9",
		"1234567890123456789012345678.9", "0.000000000000000000000000000001", "100000000000000000000000000000"}
	for _, c := range mtAllCurrencies(t) {
		for _, a := range amounts {
			m := rescue.NewMoney(mtD(a), c)
			s := m.Format(language.English)
			back, err := rescue.ParseMoney(s)
			if err != nil || !back.Equal(m) {
				t.Errorf("%v: Format(English) = %q; ParseMoney gives %v, %v", m, s, back, err)
			}
		}
	}
}

func TestMoneyFormatProperties(t *testing.T) {
	cs := mtAllCurrencies(t)
	tags := []language.Tag{language.English, language.German, language.French, language.Spanish, language.MustParse("en-IN"),
		language.MustParse("de-CH"), language.MustParse("id-ID"), language.MustParse("pt-PT"), language.Polish, language.MustParse("fr-CH")}
	rapid.Check(t, func(t *rapid.T) {
		m := mtGenMoney(cs).Draw(t, "m")
		tag := rapid.SampledFrom(tags).Draw(t, "tag")
		s := m.Format(tag)
		if s == "" {
			t.Fatalf("Format(%v) of %v is empty", tag, m)
		}
		// What Format writes in a language, ParseMoneyIn reads back in it,
		// except a decimal mark before exactly three decimals in a
		// currency with fewer minor units ("AED 1,001" in German, "BBD
		// 1.001" in English), which is as likely grouping.
		back, err := rescue.ParseMoneyIn(s, tag)
		if errors.Is(err, rescue.ErrAmbiguous) && mtSubMinorThree(m, s) {
			return
		}
		if err != nil || !back.Equal(m) {
			t.Fatalf("Format(%v) = %q; ParseMoneyIn gives %v, %v; want %v", tag, s, back, err, m)
		}
		if tag != language.English {
			return
		}
		// With no language, only a dot before exactly three decimals
		// ("US$3.125") is left open.
		back, err = rescue.ParseMoney(s)
		if err != nil && !errors.Is(err, rescue.ErrAmbiguous) || err == nil && !back.Equal(m) {
			t.Fatalf("Format(English) = %q; ParseMoney gives %v, %v; want %v", s, back, err, m)
		}
	})
}

func TestMoneyJSON(t *testing.T) {
	t.Parallel()
	m := mtM("US$10,000")
	b, err := json.Marshal(m)
	if err != nil || string(b) != `"USD 10000.00"` {
		t.Fatalf("json.Marshal = %s, %v; want the canonical text as a JSON string", b, err)
	}
	var back rescue.Money
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(m) || back.String() != m.String() {
		t.Fatalf("round trip = %v, %v", back, err)
	}
	type record struct {
		Seized *rescue.Money `json:"seized"`
		Paid   rescue.Money  `json:"paid"`
		Owed   rescue.Money  `json:"owed,omitzero"`
	}
	r := record{Seized: &m, Owed: rescue.MustParseMoney("USD 0")}
	b, err = json.Marshal(r)
	if err != nil || string(b) != `{"seized":"USD 10000.00","paid":"","owed":"USD 0.00"}` {
		t.Fatalf("record = %s, %v; the zero Money encodes as \"\", and omitzero keeps USD 0.00", b, err)
	}
	var rb record
	if err := json.Unmarshal(b, &rb); err != nil || !rb.Seized.Equal(m) || rb.Paid.IsValid() || !rb.Owed.Equal(rescue.MustParseMoney("USD 0")) {
		t.Fatalf("record round trip = %+v, %v", rb, err)
	}
	if err := json.Unmarshal([]byte(`"usd 1.005"`), &back); err != nil || back.String() != "USD 1.005" {
		t.Errorf("lower-case code and extra digits: %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`null`), &back); err != nil || back.String() != "USD 1.005" {
		t.Errorf("null leaves the Money as it is: %v, %v", back, err)
	}
}

func TestMoneyJSONErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		in      string
		wantErr error
		msg     string
		reason  string
	}{
		{name: "unknown currency", in: `"ABC 5"`, wantErr: rescue.ErrSyntax, reason: "decoding validates the code"},
		{name: "no-currency code", in: `"XXX 5"`, wantErr: rescue.ErrSyntax, reason: "XXX is no currency"},
		{name: "no currency", in: `"5"`, wantErr: rescue.ErrSyntax, reason: "an amount needs its currency"},
		{name: "number", in: `10000`, wantErr: rescue.ErrSyntax, msg: "want a JSON string", reason: "no number, so no decoder reads it as a float"},
		{name: "object", in: `{"amount":"5","currency":"USD"}`, wantErr: rescue.ErrSyntax, msg: "want a JSON string", reason: "the object form is gone (issue 8)"},
		{name: "exponent", in: `"USD 1e5"`, wantErr: rescue.ErrSyntax, reason: "a plain decimal only"},
		{name: "31 digits", in: `"USD 1234567890123456789012345678901"`, wantErr: rescue.ErrRange, reason: "more than 30 significant digits"},
		{name: "31 integer digits", in: `"USD 1000000000000000000000000000000"`, wantErr: rescue.ErrRange, reason: "more than 30 digits before the decimal mark"},
		{name: "31 fraction digits", in: `"USD 0.0000000000000000000000000000001"`, wantErr: rescue.ErrRange, reason: "more than 30 digits after the decimal mark"},
		{name: "huge", in: `"USD ` + strings.Repeat("9", 10000) + `"`, wantErr: rescue.ErrRange, reason: "rejected early"},
		{name: "grouping", in: `"USD 10,000"`, wantErr: rescue.ErrSyntax, msg: `did you mean "USD 10000.00"?`, reason: "the JSON amount is plain; the error says the canonical form"},
		{name: "short fraction", in: `"USD 1.5"`, wantErr: rescue.ErrSyntax, msg: `did you mean "USD 1.50"?`, reason: "strict: the error says the canonical form"},
		{name: "minus zero", in: `"USD -0.00"`, wantErr: rescue.ErrSyntax, msg: `did you mean "USD 0.00"?`, reason: "strict: 0 has no sign"},
		{name: "prose", in: `"US$10,000"`, wantErr: rescue.ErrSyntax, msg: `did you mean "USD 10000.00"?`, reason: "prose is for ParseMoney"},
		{name: "plus", in: `"USD +5"`, wantErr: rescue.ErrSyntax, reason: "no plus sign"},
		{name: "trailing dot", in: `"USD 5."`, wantErr: rescue.ErrSyntax, reason: "digits after the mark"},
		{name: "two spaces", in: `"USD  5"`, wantErr: rescue.ErrSyntax, reason: "one space"},
		{name: "ambiguous prose", in: `"$5"`, wantErr: rescue.ErrSyntax, msg: "canonical form", reason: "no suggestion for prose that does not parse"},
		{name: "array", in: `[]`, wantErr: rescue.ErrSyntax, reason: "a string only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var m rescue.Money
			err := json.Unmarshal([]byte(tt.in), &m)
			if !errors.Is(err, tt.wantErr) || !strings.Contains(fmt.Sprint(err), tt.msg) {
				t.Fatalf("Unmarshal(%.80s) = %v, %v; want an error wrapping %v saying %q (%s)", tt.in, m, err, tt.wantErr, tt.msg, tt.reason)
			}
			if len(err.Error()) > 400 {
				t.Errorf("error message of %d bytes", len(err.Error()))
			}
			if strings.Contains(err.Error(), "rescue:") || strings.Contains(err.Error(), "moneyJSON") {
				t.Errorf("error %q names the package or an internal type", err)
			}
		})
	}
}

func TestMoneyTextAndSQL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		src     any
		want    rescue.Money
		wantErr error
		reason  string
	}{
		{name: "canonical", src: "USD 10000.00", want: mtM("USD 10000"), reason: "the stored form"},
		{name: "bytes", src: []byte("KWD 1.250"), want: mtM("KWD 1.25"), reason: "drivers give []byte"},
		{name: "lower case", src: "sgd 13700.00", want: mtM("SGD 13700"), reason: "the code in any case"},
		{name: "short fraction", src: "USD 1.5", wantErr: rescue.ErrSyntax, reason: "strict: the canonical text has the minor units, USD 1.50"},
		{name: "no fraction", src: "SGD 13700", wantErr: rescue.ErrSyntax, reason: "strict: SGD 13700.00"},
		{name: "leading zeros", src: "USD 0001.50", wantErr: rescue.ErrSyntax, reason: "strict: no leading zeros"},
		{name: "minus zero", src: "USD -0.00", wantErr: rescue.ErrSyntax, reason: "strict: 0 has no sign"},
		{name: "trailing zero", src: "JPY 500.0", wantErr: rescue.ErrSyntax, reason: "strict: no zeros beyond the minor units"},
		{name: "trailing zeros", src: "USD 3.1250", wantErr: rescue.ErrSyntax, reason: "strict: USD 3.125"},
		{name: "three minor units short", src: "KWD 1.5", wantErr: rescue.ErrSyntax, reason: "strict: KWD 1.500"},
		{name: "three minor units", src: "KWD 1.500", want: mtM("KWD 1.5"), reason: "the canonical text of a dinar and a half"},
		{name: "extra digits", src: "USD 3.125", want: mtM("USD 3.125"), reason: "more digits than the minor units where the amount has them"},
		{name: "report form", src: "S$13,700", wantErr: rescue.ErrSyntax, reason: "Scan is strict: prose is for ParseMoney"},
		{name: "nil", src: nil, want: rescue.Money{}, reason: "NULL is the zero Money"},
		{name: "empty", src: "", want: rescue.Money{}, reason: "empty text is the zero Money"},
		{name: "float", src: 1.5, wantErr: rescue.ErrInvalid, reason: "a float column would lose exactness"},
		{name: "ambiguous", src: "$5", wantErr: rescue.ErrSyntax, reason: "scanning validates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := mtM("EUR 1")
			err := m.Scan(tt.src)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Scan(%#v) = %v; want %v (%s)", tt.src, err, tt.wantErr, tt.reason)
				}
				return
			}
			if err != nil || !m.Equal(tt.want) {
				t.Fatalf("Scan(%#v) = %v, %v; want %v (%s)", tt.src, m, err, tt.want, tt.reason)
			}
			v, err := m.Value()
			if err != nil || (tt.want.IsValid() && v != tt.want.String()) || (!tt.want.IsValid() && v != nil) {
				t.Errorf("Value() = %#v, %v", v, err)
			}
			if s, ok := tt.src.(string); ok {
				var u rescue.Money
				if err := u.UnmarshalText([]byte(s)); err != nil || !u.Equal(tt.want) {
					t.Errorf("UnmarshalText(%q) = %v, %v", s, u, err)
				}
			}
		})
	}
}

func TestMoneyGoString(t *testing.T) {
	t.Parallel()
	if got := fmt.Sprintf("%#v", mtM("S$13,700")); got != `rescue.MustParseMoney("SGD 13700.00")` {
		t.Errorf("%%#v = %s; want Go syntax that rebuilds the value", got)
	}
}

func TestMoneyAllocs(t *testing.T) {
	m := mtM("USD 10000.00")
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf, _ = m.AppendText(buf[:0]) }); n != 0 {
		t.Errorf("Money.AppendText allocates %v times into a large enough buffer; want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = m.String() }); n != 1 {
		t.Errorf("Money.String allocates %v times; want 1 (the string)", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = rescue.ParseMoney("USD 10000.00") }); n > 2 {
		t.Errorf("ParseMoney of the canonical text allocates %v times; want at most 2 (the decimal's big.Int)", n)
	}
}

func FuzzMoneyJSON(f *testing.F) {
	for _, s := range []string{
		`"USD 10000.00"`, `"kwd -1.005"`, `null`, `""`, `"USD 1e5"`, `10000`, `"XXX 5"`,
		`"JPY 0.000000000000000000000000000001"`, `{"currency":"USD","amount":"7"}`, `"USD 3.125"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var m rescue.Money
		if err := json.Unmarshal(b, &m); err != nil {
			return
		}
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", m, err)
		}
		var again rescue.Money
		if err := json.Unmarshal(out, &again); err != nil || !again.Equal(m) {
			t.Fatalf("%s decoded to %v, encoded as %s, decoded to %v, %v", b, m, out, again, err)
		}
		if out2, _ := json.Marshal(again); string(out2) != string(out) {
			t.Fatalf("JSON not stable: %s then %s", out, out2)
		}
		if !m.IsValid() {
			return
		}
		s := m.String()
		p, err := rescue.ParseMoney(s)
		if errors.Is(err, rescue.ErrAmbiguous) { // "USD 3.125": see TestMoneyStringProperties
			err = p.UnmarshalText([]byte(s))
		}
		if err != nil || !p.Equal(m) || p.String() != s {
			t.Fatalf("ParseMoney(%q), or UnmarshalText where it is ambiguous = %v, %v; want %v", s, p, err, m)
		}
	})
}

// mtSubMinorThree reports whether m's canonical text has exactly three
// decimals, in a currency with fewer minor units, after one to three
// digits (not a lone 0) or after digits that formatted, its text, groups:
// the amounts whose decimal mark may as well group thousands ("USD 3.125",
// "AED 1,001" in German, "US$1,234.125" in English).
func mtSubMinorThree(m rescue.Money, formatted string) bool {
	amount := strings.TrimPrefix(m.String()[4:], "-")
	whole, frac, ok := strings.Cut(amount, ".")
	if !ok || len(frac) != 3 || whole == "0" || m.Currency().Digits() >= 3 {
		return false
	}
	if len(whole) <= 3 {
		return true
	}
	seps := 0 // separators between digits: more than the decimal mark groups
	digitBefore := false
	for _, r := range formatted {
		switch {
		case r >= '0' && r <= '9':
			digitBefore = true
		case digitBefore && strings.ContainsRune(",. '’\u00a0\u202f\u2009", r):
			seps++
			digitBefore = false
		default:
			digitBefore = false
		}
	}
	return seps >= 2
}
