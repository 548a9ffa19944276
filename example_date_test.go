package rescue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/antitrafficking/rescue"
)

func ExamplePrecision() {
	// "Lured to Peru in September", "the operation on 7 October".
	for _, s := range []string{"2023", "2023-09", "2023-10-07", ""} {
		d := rescue.MustParseDate(s)
		fmt.Printf("%q has precision %q\n", d, d.Precision())
	}
	fmt.Println(rescue.PrecisionYear < rescue.PrecisionDay)
	// Output:
	// "2023" has precision "year"
	// "2023-09" has precision "month"
	// "2023-10-07" has precision "day"
	// "" has precision ""
	// true
}

func ExamplePrecision_String() {
	fmt.Println(rescue.PrecisionMonth.String())
	fmt.Printf("%q\n", rescue.PrecisionUnknown.String())
	fmt.Println(rescue.Precision(7))
	// Output:
	// month
	// ""
	// %!Precision(7)
}

func ExamplePrecision_MarshalText() {
	b, err := json.Marshal(map[string]rescue.Precision{"dob": rescue.PrecisionYear})
	fmt.Println(string(b), err)
	// Output:
	// {"dob":"year"} <nil>
}

func ExamplePrecision_UnmarshalText() {
	var policy struct {
		DateOfBirth rescue.Precision `json:"dob"`
	}
	err := json.Unmarshal([]byte(`{"dob":"year"}`), &policy)
	fmt.Println(policy.DateOfBirth, err)
	err = json.Unmarshal([]byte(`{"dob":"week"}`), &policy)
	fmt.Println(err)
	// Output:
	// year <nil>
	// Precision.UnmarshalText("week"): want "year", "month", "day" or "": invalid syntax
}

func ExampleDate() {
	// A report keeps the precision it was given.
	lured := rescue.MustParseDate("2023-09")
	rescued := rescue.MustParseDate("2023-10-07")
	fmt.Println(lured, lured.Precision())
	fmt.Println(rescued, rescued.Precision())
	fmt.Println(lured.Compare(rescued) < 0)
	var unknown rescue.Date
	fmt.Printf("%q %v\n", unknown, unknown.IsZero())
	// Output:
	// 2023-09 month
	// 2023-10-07 day
	// true
	// "" true
}

func ExampleParseDate() {
	for _, s := range []string{"2023", "2023-09", "2024-02-29", "2023-02-29", "7 Oct 2023", "2023-10-07T22:00:00Z", "15/09/2023", "03/04/2023"} {
		d, err := rescue.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q: %s precision\n", d, d.Precision())
	}
	_, err := rescue.ParseDate("2023-02-29")
	fmt.Println(errors.Is(err, rescue.ErrRange))
	// The empty string is the unrecorded date.
	d, err := rescue.ParseDate("")
	fmt.Println(d.IsZero(), err)
	// Output:
	// "2023": year precision
	// "2023-09": month precision
	// "2024-02-29": day precision
	// ParseDate("2023-02-29"): day out of range for the month: out of range
	// ParseDate("7 Oct 2023"): want YYYY, YYYY-MM or YYYY-MM-DD: invalid syntax
	// ParseDate("2023-10-07T22:00:00Z"): a time of day is not part of a date: invalid syntax
	// ParseDate("15/09/2023"): write YYYY-MM-DD (did you mean "2023-09-15"?): invalid syntax
	// ParseDate("03/04/2023"): day and month could be either way round, "2023-04-03" or "2023-03-04": write YYYY-MM-DD: invalid syntax
	// true
	// true <nil>
}

func ExampleMustParseDate() {
	// For tests and hard-coded dates only: it panics on bad input.
	operation := rescue.MustParseDate("2023-10-07")
	fmt.Println(operation.Year(), operation.Month(), operation.Day())
	// Output:
	// 2023 October 7
}

func ExampleNewDate() {
	d, err := rescue.NewDate(2023, time.September, 0, rescue.PrecisionMonth)
	fmt.Println(d, err)
	// Fields finer than the precision are ignored.
	d, err = rescue.NewDate(2023, time.October, 7, rescue.PrecisionYear)
	fmt.Println(d, err)
	_, err = rescue.NewDate(2023, time.February, 29, rescue.PrecisionDay)
	fmt.Println(err)
	// Output:
	// 2023-09 <nil>
	// 2023 <nil>
	// NewDate: day 29 out of range for 2023-02: out of range
}

func ExampleDateOf() {
	// 02:00 UTC on the 8th is still the evening of the 7th in Lima.
	t := time.Date(2023, 10, 8, 2, 0, 0, 0, time.UTC)
	lima := time.FixedZone("PET", -5*60*60)
	fmt.Println(rescue.DateOf(t), rescue.DateOf(t.In(lima)))
	// Reduce the precision with Truncate.
	fmt.Println(rescue.DateOf(t).Truncate(rescue.PrecisionMonth))
	fmt.Println(rescue.DateOf(time.Time{}).IsZero())
	// Output:
	// 2023-10-08 2023-10-07
	// 2023-10
	// true
}

func ExampleDate_Precision() {
	fmt.Println(rescue.MustParseDate("2023-09").Precision())
	fmt.Println(rescue.MustParseDate("2023-09").Precision() == rescue.PrecisionMonth)
	// Output:
	// month
	// true
}

func ExampleDate_Year() {
	fmt.Println(rescue.MustParseDate("2023").Year())
	fmt.Println(rescue.Date{}.Year())
	// Output:
	// 2023
	// 0
}

func ExampleDate_Month() {
	fmt.Println(rescue.MustParseDate("2023-09").Month())
	fmt.Println(int(rescue.MustParseDate("2023").Month()))
	// Output:
	// September
	// 0
}

func ExampleDate_Day() {
	fmt.Println(rescue.MustParseDate("2023-10-07").Day())
	fmt.Println(rescue.MustParseDate("2023-10").Day())
	// Output:
	// 7
	// 0
}

func ExampleDate_IsZero() {
	type event struct {
		Arrested rescue.Date `json:"arrested,omitzero"`
		Lured    rescue.Date `json:"lured,omitempty"`
	}
	// omitzero uses IsZero; omitempty never omits a struct.
	b, _ := json.Marshal(event{})
	fmt.Println(string(b))
	// Output:
	// {"lured":""}
}

func ExampleDate_Equal() {
	month := rescue.MustParseDate("2023-10")
	day := rescue.MustParseDate("2023-10-01")
	fmt.Println(month.Equal(day), month.Equal(rescue.MustParseDate("2023-10")))
	fmt.Println(month.Earliest().Equal(day.Earliest()))
	// Output:
	// false true
	// true
}

func ExampleDate_Compare() {
	ds := []rescue.Date{
		rescue.MustParseDate("2023-10-07"),
		rescue.MustParseDate("2023-01-01"),
		rescue.MustParseDate("2023-01"),
		{},
		rescue.MustParseDate("2023"),
		rescue.MustParseDate("2023-09"),
	}
	slices.SortFunc(ds, rescue.Date.Compare)
	fmt.Printf("%q\n", ds)
	// Output:
	// ["" "2023" "2023-01" "2023-01-01" "2023-09" "2023-10-07"]
}

func ExampleDate_Earliest() {
	fmt.Println(rescue.MustParseDate("2023-09").Earliest())
	fmt.Println(rescue.Date{}.Earliest().IsZero())
	// Output:
	// 2023-09-01 00:00:00 +0000 UTC
	// true
}

func ExampleDate_Latest() {
	fmt.Println(rescue.MustParseDate("2023-09").Latest().Format(time.RFC3339Nano))
	fmt.Println(rescue.MustParseDate("2024").Latest().Format(time.RFC3339Nano))
	// Output:
	// 2023-09-30T23:59:59.999999999Z
	// 2024-12-31T23:59:59.999999999Z
}

func ExampleDate_Truncate() {
	// Share a date of birth to the year only.
	dob := rescue.MustParseDate("2004-03-17")
	fmt.Println(dob.Truncate(rescue.PrecisionYear))
	fmt.Println(dob.Truncate(rescue.PrecisionMonth))
	// Truncate never adds detail.
	fmt.Println(rescue.MustParseDate("2004").Truncate(rescue.PrecisionDay))
	// Output:
	// 2004
	// 2004-03
	// 2004
}

func ExampleDate_Contains() {
	september := rescue.MustParseDate("2023-09")
	fmt.Println(september.Contains(rescue.MustParseDate("2023-09-14")))
	fmt.Println(september.Contains(rescue.MustParseDate("2023-10-07")))
	fmt.Println(rescue.MustParseDate("2023-09-14").Contains(september))
	// Output:
	// true
	// false
	// false
}

func ExampleDate_String() {
	fmt.Println(rescue.MustParseDate("2023-10-07").String())
	fmt.Printf("%q\n", rescue.Date{}.String())
	// Output:
	// 2023-10-07
	// ""
}

func ExampleDate_AppendText() {
	b := []byte("rescued: ")
	b, _ = rescue.MustParseDate("2023-10-07").AppendText(b)
	fmt.Println(string(b))
	// Output:
	// rescued: 2023-10-07
}

func ExampleDate_MarshalText() {
	b, _ := json.Marshal(struct {
		Lured   rescue.Date `json:"lured"`
		Release rescue.Date `json:"release"`
	}{Lured: rescue.MustParseDate("2023-09")})
	fmt.Println(string(b))
	// Output:
	// {"lured":"2023-09","release":""}
}

func ExampleDate_UnmarshalText() {
	var v struct {
		Lured rescue.Date `json:"lured"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"lured":"2023-09"}`), &v), v.Lured)
	fmt.Println(json.Unmarshal([]byte(`{"lured":"2023-09-31"}`), &v))
	// Output:
	// <nil> 2023-09
	// ParseDate("2023-09-31"): day out of range for the month: out of range
}

func ExampleDate_Scan() {
	// What a driver returns for a text column, NULL and a DATE column.
	for _, src := range []any{[]byte("2023-09"), nil, time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC)} {
		var d rescue.Date
		err := d.Scan(src)
		fmt.Printf("%q %v\n", d, err)
	}
	// Output:
	// "2023-09" <nil>
	// "" <nil>
	// "2023-10-07" <nil>
}

func ExampleDate_Value() {
	v, _ := rescue.MustParseDate("2023-09").Value()
	fmt.Printf("%#v\n", v)
	v, _ = rescue.Date{}.Value()
	fmt.Println(v)
	// Output:
	// "2023-09"
	// <nil>
}

func ExamplePeriod() {
	// "Lured in September ... the operation over the weekend (of 7 October)".
	held := rescue.Period{
		Start: rescue.MustParseDate("2023-09"),
		End:   rescue.MustParseDate("2023-10-07"),
	}
	operation := rescue.MustParsePeriod("2023-10-07/2023-10-08")
	fmt.Println(held, operation)
	fmt.Println(held.Overlaps(operation))
	fmt.Println(held.Contains(rescue.MustParseDate("2023-09-20")))
	// Output:
	// 2023-09/2023-10-07 2023-10-07/2023-10-08
	// true
	// true
}

func ExampleParsePeriod() {
	for _, s := range []string{
		"2023-10-07/2023-10-08",
		"2023-10",
		"2023-10/2023-10-05",
		"2023-10-07/..",
		"2023-10-08/2023-10-07",
		"2023-10-07/2023-02-30",
		"2023-10-07 to 2023-10-08",
	} {
		p, err := rescue.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("start %q, end %q\n", p.Start, p.End)
	}
	_, err := rescue.ParsePeriod("2023-10-08/2023-10-07")
	fmt.Println(errors.Is(err, rescue.ErrOutOfOrder))
	// Output:
	// start "2023-10-07", end "2023-10-08"
	// start "2023-10", end "2023-10"
	// start "2023-10", end "2023-10-05"
	// start "2023-10-07", end ""
	// ParsePeriod("2023-10-08/2023-10-07"): end before start: out of order
	// ParsePeriod("2023-10-07/2023-02-30"): end: day out of range for the month: out of range
	// ParsePeriod("2023-10-07 to 2023-10-08"): two dates are written start/end (did you mean "2023-10-07/2023-10-08"?): invalid syntax
	// true
}

func ExampleMustParsePeriod() {
	// For tests and hard-coded periods only: it panics on bad input.
	p := rescue.MustParsePeriod("2023-09/2023-10-07")
	fmt.Println(p.Start, p.End)
	// Output:
	// 2023-09 2023-10-07
}

func ExamplePeriod_IsZero() {
	fmt.Println(rescue.Period{}.IsZero())
	fmt.Println(rescue.MustParsePeriod("../2023-10-08").IsZero())
	// Output:
	// true
	// false
}

func ExamplePeriod_Equal() {
	a := rescue.MustParsePeriod("2023-10-07")
	b := rescue.Period{Start: rescue.MustParseDate("2023-10-07"), End: rescue.MustParseDate("2023-10-07")}
	fmt.Println(a.Equal(b), a.Equal(rescue.MustParsePeriod("2023-10")))
	// Output:
	// true false
}

func ExamplePeriod_Earliest() {
	fmt.Println(rescue.MustParsePeriod("2023-09/2023-10-07").Earliest())
	fmt.Println(rescue.MustParsePeriod("../2023-10-07").Earliest().IsZero())
	// Output:
	// 2023-09-01 00:00:00 +0000 UTC
	// true
}

func ExamplePeriod_Latest() {
	fmt.Println(rescue.MustParsePeriod("2023-09/2023-10-07").Latest().Format(time.RFC3339Nano))
	fmt.Println(rescue.MustParsePeriod("2023-09/..").Latest().IsZero())
	// Output:
	// 2023-10-07T23:59:59.999999999Z
	// true
}

func ExamplePeriod_Validate() {
	p := rescue.Period{Start: rescue.MustParseDate("2023-10-08"), End: rescue.MustParseDate("2023-10-07")}
	err := p.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, rescue.ErrOutOfOrder))
	// The end day lies within the start month: in order.
	fmt.Println(rescue.Period{Start: rescue.MustParseDate("2023-10"), End: rescue.MustParseDate("2023-10-05")}.Validate())
	// Output:
	// period 2023-10-08/2023-10-07: end before start: out of order
	// true
	// <nil>
}

func ExamplePeriod_Contains() {
	weekend := rescue.MustParsePeriod("2023-10-07/2023-10-08")
	fmt.Println(weekend.Contains(rescue.MustParseDate("2023-10-08")))
	fmt.Println(weekend.Contains(rescue.MustParseDate("2023-10"))) // October runs past the weekend
	fmt.Println(rescue.MustParsePeriod("2023-10-07/..").Contains(rescue.MustParseDate("2024")))
	// Output:
	// true
	// false
	// true
}

func ExamplePeriod_Overlaps() {
	held := rescue.MustParsePeriod("2023-09/2023-10-07")
	fmt.Println(held.Overlaps(rescue.MustParsePeriod("2023-10-07/2023-10-08")))
	fmt.Println(held.Overlaps(rescue.MustParsePeriod("2023-10-08/..")))
	// Output:
	// true
	// false
}

func ExamplePeriod_String() {
	fmt.Println(rescue.MustParsePeriod("2023-10-07/2023-10-07"))
	fmt.Println(rescue.Period{Start: rescue.MustParseDate("2023-10-07")})
	fmt.Println(rescue.Period{End: rescue.MustParseDate("2023-10-08")})
	fmt.Printf("%q\n", rescue.Period{})
	// Output:
	// 2023-10-07
	// 2023-10-07/..
	// ../2023-10-08
	// ""
}

func ExamplePeriod_AppendText() {
	b, err := rescue.MustParsePeriod("2023-10-07/2023-10-08").AppendText([]byte("raid: "))
	fmt.Println(string(b), err)
	_, err = rescue.Period{Start: rescue.MustParseDate("2024"), End: rescue.MustParseDate("2023")}.AppendText(nil)
	fmt.Println(err)
	// Output:
	// raid: 2023-10-07/2023-10-08 <nil>
	// period 2024/2023: end before start: out of order
}

func ExamplePeriod_MarshalText() {
	b, err := json.Marshal(struct {
		Raid rescue.Period `json:"raid"`
		Held rescue.Period `json:"held,omitzero"`
	}{Raid: rescue.MustParsePeriod("2023-10-07/2023-10-08")})
	fmt.Println(string(b), err)
	// Output:
	// {"raid":"2023-10-07/2023-10-08"} <nil>
}

func ExamplePeriod_UnmarshalText() {
	var v struct {
		Raid rescue.Period `json:"raid"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"raid":"2023-10-07/2023-10-08"}`), &v), v.Raid.Start, v.Raid.End)
	fmt.Println(json.Unmarshal([]byte(`{"raid":"2023-10-08/2023-10-07"}`), &v))
	// Output:
	// <nil> 2023-10-07 2023-10-08
	// ParsePeriod("2023-10-08/2023-10-07"): end before start: out of order
}

func ExamplePeriod_Scan() {
	for _, src := range []any{"2023-09/2023-10-07", nil, time.Date(2023, 10, 7, 0, 0, 0, 0, time.UTC)} {
		var p rescue.Period
		err := p.Scan(src)
		fmt.Printf("%q %v\n", p, err)
	}
	// Output:
	// "2023-09/2023-10-07" <nil>
	// "" <nil>
	// "2023-10-07" <nil>
}

func ExamplePeriod_Value() {
	v, err := rescue.MustParsePeriod("2023-10-07/..").Value()
	fmt.Printf("%#v %v\n", v, err)
	v, err = rescue.Period{}.Value()
	fmt.Println(v, err)
	// Output:
	// "2023-10-07/.." <nil>
	// <nil> <nil>
}
