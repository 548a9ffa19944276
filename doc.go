// Package rescue records counter-trafficking operations as typed, validated
// data: victims, suspects, the operation, seized evidence with its chain of
// custody, and the value types such records need everywhere.
//
// The value types — [Currency], [Money], [Rate], [ReportedAmount], [Count],
// [Country] and [Nationality] — are small immutable values with unexported
// fields, safe to copy and to use as map keys (Money and ReportedAmount hold
// a decimal and are compared with their Equal methods). Each has a
// documented zero value meaning "not recorded", parses from the forms
// reports use, and round-trips through text, JSON and database/sql.
package rescue
