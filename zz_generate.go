package rescue

// The JSON Schema of the operation JSON is generated from the package's
// types. This file is named to sort after vocabulary.go, nationality.go
// and currency.go, whose generators write the tables the schema reads:
// go generate runs a package's files in name order.

//go:generate go run ./internal/gen/schema
