module github.com/antitrafficking/rescue/bench

go 1.26.0

replace github.com/antitrafficking/rescue => ../

require (
	github.com/Rhymond/go-money v1.0.15
	github.com/antitrafficking/rescue v0.0.0-00010101000000-000000000000
	github.com/biter777/countries v1.7.5
	github.com/bojanz/currency v1.4.2
	github.com/govalues/money v0.2.4
	github.com/shopspring/decimal v1.6.0
	golang.org/x/text v0.44.0
)

require (
	github.com/cockroachdb/apd/v3 v3.2.1 // indirect
	github.com/govalues/decimal v0.1.36 // indirect
)
