package rescue

// letterMShift says what the letter "M" after an amount in c means in
// language lang (or none), as a power of ten: a million in English ("US$
// 1.5M"), a miliar — a thousand million — in Indonesian ("Rp 1,5 M",
// where "jt" abbreviates juta, a million). With no language or another
// one, it is a million, as English writes it, except in rupiah: an
// Indonesian amount is as likely written the Indonesian way, and the
// text alone cannot tell, so it is ambiguous and never guessed.
func letterMShift(c Currency, lang string) (int32, bool) {
	switch lang {
	case "id":
		return 3, true // the reader applied a million; a miliar is a thousand times it
	case "en":
		return 0, true
	}
	if c == IDR {
		return 0, false
	}
	return 0, true
}

// letterMAmbiguous is why an "M" in rupiah with no language is refused.
const letterMAmbiguous = `"M" is a million in English but a miliar (a thousand million) in Indonesian`

// crCurrency reports whether "cr" after an amount in c is a crore: in the
// currencies of the countries that count in lakhs and crores (India,
// Pakistan, Nepal, Bangladesh, Sri Lanka). After any other currency it
// may as well be a credit mark ("USD 5,000 CR"), and is refused; "crore"
// written out is read in any currency.
func crCurrency(c Currency) bool {
	switch c.String() {
	case "INR", "PKR", "NPR", "BDT", "LKR":
		return true
	}
	return false
}
