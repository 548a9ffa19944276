package main

import (
	"context"

	"github.com/antitrafficking/rescue"
)

// victimsByNationality answers "how many victims of each nationality"
// across the operations: SQL selects each operation's figures (see the
// table figures) and groups them by nationality, and the library adds
// them, hedges and ranges and all, as Summary.Add does. A WHERE clause on
// operations (a period, a country) would narrow it to some operations.
func victimsByNationality(ctx context.Context, db querier) (map[rescue.Nationality]rescue.Count, error) {
	rows, err := db.QueryContext(ctx, `SELECT key, figure FROM figures
		WHERE breakdown = 'victimsByNationality' ORDER BY key, operation_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[rescue.Nationality]rescue.Count{}
	for rows.Next() {
		var n rescue.Nationality
		var c rescue.Count
		if err := rows.Scan(&n, &c); err != nil {
			return nil, err
		}
		out[n] = out[n].Add(c)
	}
	return out, rows.Err()
}

// victimRecordsByNationality counts the victim records of each
// nationality, of the operations whose report gives no figures of
// victims: a plain GROUP BY over the index on victims(nationality). (Where
// a report gives its own figures, "43 Malaysians", Summary reads them
// first: see victimsByNationality.)
func victimRecordsByNationality(ctx context.Context, db querier) (map[rescue.Nationality]int, error) {
	rows, err := db.QueryContext(ctx, `SELECT nationality, COUNT(*) FROM victims
		WHERE operation_id NOT IN (SELECT operation_id FROM tallies WHERE tally_of = 'Victims')
		GROUP BY nationality`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[rescue.Nationality]int{}
	for rows.Next() {
		var n rescue.Nationality
		var count int
		if err := rows.Scan(&n, &count); err != nil {
			return nil, err
		}
		out[n] = count
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
