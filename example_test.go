package rescue_test

import (
	"errors"
	"fmt"

	"github.com/antitrafficking/rescue"
)

// Example walks through the package: figures read the way reports write
// them, an operation built from them, and its validation.
func Example() {
	cash, err := rescue.ParseReportedAmount("more than US$10,000 (S$13,700)")
	if err != nil {
		panic(err)
	}
	phones := rescue.MustParseCount("numerous cell phones")
	nat := rescue.MustParseNationality("Malaysians")
	fmt.Println(cash)
	fmt.Println(cash.ImpliedRates()[0])
	fmt.Println(phones, nat)

	_, err = rescue.ParseMoney("$5,000")
	fmt.Println(errors.Is(err, rescue.ErrAmbiguousCurrency))

	op := &rescue.Operation{
		ID:      "PE-2023-10-LIMA",
		When:    rescue.MustParsePeriod("2023-10-07/2023-10-08"),
		Victims: []rescue.Victim{{ID: "V01", Nationality: nat}, {ID: "V01"}},
		Evidence: []rescue.Evidence{
			{ID: "E1", Kind: rescue.Cash, Cash: cash},
			{ID: "E2", Kind: rescue.MobilePhone, Quantity: phones, TakenFrom: "S9"},
		},
	}
	fmt.Println(op.Validate())
	// Output:
	// more than USD 10000.00 (SGD 13700.00)
	// 1 USD = 1.37 SGD (implied by a reported equivalent)
	// at least 2 MY
	// true
	// victims[1].id: "V01": duplicate ID
	// evidence[1].takenFrom: no victim or suspect "S9" in the operation: unknown reference
}
