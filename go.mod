module github.com/antitrafficking/rescue

go 1.26.0

require (
	github.com/shopspring/decimal v1.6.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
