package rescue

type Nationality struct{}
type Country struct{}

func ParseNationality(string) (Nationality, error) { return Nationality{}, ErrUnknownCountry }
func (Nationality) Country() (Country, bool)       { return Country{}, false }
func (Country) Alpha2() string                     { return "" }
