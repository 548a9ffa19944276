package rescue

// The JSON Schema of the operation JSON is generated from the package's
// types. This file is named to sort after country.go, currency.go and
// vocabulary.go, whose generators write the tables the schema reads:
// go generate runs a package's files in name order.

//go:generate go run ./internal/gen/schema
