package main

import (
	"context"

	"github.com/antitrafficking/rescue"
)

// victimsByNationality answers "how many victims of each nationality" in
// SQL, from the index on victims(nationality): the figures of
// Summary.VictimsByNationality, with NULL (not recorded) under the zero
// Nationality.
func victimsByNationality(ctx context.Context, db querier) (map[rescue.Nationality]rescue.Count, error) {
	rows, err := db.QueryContext(ctx, `SELECT nationality, COUNT(*) FROM victims GROUP BY nationality`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[rescue.Nationality]rescue.Count{}
	for rows.Next() {
		var n rescue.Nationality
		var count int
		if err := rows.Scan(&n, &count); err != nil {
			return nil, err
		}
		out[n] = rescue.Count{N: count}
	}
	return out, rows.Err()
}

// cashByCurrency answers "how much cash was seized in each currency". SQL
// finds the amounts and groups them by currency; the library adds them,
// exactly, with their hedges and equivalents. SQLite has no exact decimal
// type: SUM over the text would turn every amount into a float.
func cashByCurrency(ctx context.Context, db querier) (map[rescue.Currency]rescue.ReportedAmount, error) {
	rows, err := db.QueryContext(ctx, `SELECT cash_currency, cash FROM evidence WHERE cash IS NOT NULL ORDER BY cash_currency`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[rescue.Currency]rescue.ReportedAmount{}
	for rows.Next() {
		var c rescue.Currency
		var a rescue.ReportedAmount
		if err := rows.Scan(&c, &a); err != nil {
			return nil, err
		}
		sum, err := out[c].Add(a)
		if err != nil {
			return nil, err
		}
		out[c] = sum
	}
	return out, rows.Err()
}
