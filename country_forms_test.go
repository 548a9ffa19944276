package rescue_test

import "github.com/antitrafficking/rescue"

// natFormCountryCases are forms of names read by the rules of
// country_forms.go rather than by a key of their own: none of these inputs
// is a row of the data files. TestParseCountry runs them.
var natFormCountryCases = []natCase{
	// A designation before "of".
	{name: "kingdom of", in: "Kingdom of Saudi Arabia", want: "SA", reason: "designation before of"},
	{name: "federative", in: "the Federative Republic of Brazil", want: "BR", reason: "UNTERM formal name"},
	{name: "eastern", in: "the Eastern Republic of Uruguay", want: "UY", reason: "UNTERM formal name"},
	{name: "most serene", in: "Most Serene Republic of San Marino", want: "SM", reason: "mledoze official name"},
	{name: "independent and sovereign", in: "Independent and Sovereign Republic of Kiribati", want: "KI", reason: "and between designations"},
	{name: "territory of", in: "Territory of the Cocos (Keeling) Islands", want: "CC", reason: "territory, the and parentheses"},
	{name: "bailiwick", in: "Bailiwick of Guernsey", want: "GG", reason: "crown dependency"},
	{name: "collectivity", in: "Overseas Collectivity of Saint Barthelemy", want: "BL", reason: "two designations"},
	{name: "department", in: "Department of Mayotte", want: "YT", reason: "French department"},
	{name: "country of", in: "Country of Curaçao", want: "CW", reason: "constituent country of the Netherlands"},
	{name: "plurinational", in: "Plurinational State of Bolivia", want: "BO", reason: "was a row of its own"},
	{name: "united republic", in: "United Republic of Tanzania", want: "TZ", reason: "was a row of its own"},
	{name: "designation on two countries", in: "People's Republic of Korea", wantErr: rescue.ErrAmbiguous, wantMsg: "KP (North Korea), KR (South Korea)", reason: "the rest names two countries: refused with both"},
	{name: "designation on the Congo", in: "People's Republic of the Congo", wantErr: rescue.ErrAmbiguous, wantMsg: "CD (DR Congo)", reason: "Congo alone names two countries"},
	{name: "Republic of China", in: "Republic of China", want: "TW", reason: "a key of its own: the rule would read China"},
	{name: "not a designation", in: "Turkish Republic of Northern Cyprus", wantErr: rescue.ErrUnknownCountry, reason: "Turkish is no designation, and Northern Cyprus no country"},
	{name: "department of state", in: "Department of State", wantErr: rescue.ErrUnknownCountry, reason: "the rest must be a country"},
	{name: "designation alone", in: "Republic of", wantErr: rescue.ErrUnknownCountry, reason: "nothing after of"},

	// An adjective before "Republic".
	{name: "gabonese republic", in: "the Gabonese Republic", want: "GA", reason: "the adjective is Gabon's demonym"},
	{name: "togolese republic", in: "Togolese Republic", want: "TG", reason: "mledoze official name"},
	{name: "sahrawi", in: "Sahrawi Arab Democratic Republic", want: "EH", reason: "adjectives between demonym and Republic"},
	{name: "hellenic", in: "Hellenic Republic", want: "GR", reason: "Hellenic is a demonym"},
	{name: "confederation", in: "Swiss Confederation", want: "CH", reason: "Confederation like Republic"},
	{name: "shared adjective", in: "Congolese Republic", wantErr: rescue.ErrAmbiguous, reason: "Congolese names two countries"},
	{name: "chinese republic", in: "Chinese Republic", wantErr: rescue.ErrAmbiguous, wantMsg: "CN (China), TW (Taiwan)", reason: "the Republic of China was founded as the Chinese Republic"},
	{name: "serb republic", in: "Serb Republic", wantErr: rescue.ErrNotCountry, reason: "Republika Srpska is in Bosnia and Herzegovina"},
	{name: "name before republic", in: "Dominica Republic", wantErr: rescue.ErrUnknownCountry, reason: "a name is no adjective: likely a slip for the Dominican Republic"},
	{name: "yugoslav federation", in: "Yugoslav Federation", wantErr: rescue.ErrNotCountry, reason: "the adjective's own error: Yugoslavia split"},
	{name: "territory suffix", in: "Coral Sea Islands Territory", want: "AU", reason: "a name before Territory"},
	{name: "indian territory", in: "Indian Territory", wantErr: rescue.ErrUnknownCountry, reason: "only a name before Territory: Indian Territory was in the United States"},

	// Special Administrative Regions.
	{name: "SAR long", in: "Hong Kong Special Administrative Region of the People's Republic of China", want: "HK", reason: "mledoze official name, 73 bytes"},
	{name: "SAR Macao", in: "Macao Special Administrative Region of the People's Republic of China", want: "MO", reason: "mledoze official name"},
	{name: "SAR factbook", in: "Macau Special Administrative Region", want: "MO", reason: "Factbook long form"},
	{name: "SAR inverted", in: "China, Hong Kong Special Administrative Region", want: "HK", reason: "UN M49 name"},
	{name: "SAR of another state", in: "Hong Kong SAR of Thailand", wantErr: rescue.ErrUnknownCountry, reason: "a SAR belongs to China"},

	// "&", "St." and the.
	{name: "ampersand", in: "St. Vincent & Grenadines", want: "VC", reason: "CLDR name: & for and, St. for Saint, no the"},
	{name: "ampersand GS", in: "South Georgia & South Sandwich Islands", want: "GS", reason: "CLDR name"},
	{name: "the inside", in: "Saint Vincent and the Grenadines", want: "VC", reason: "ISO name"},
	{name: "the after", in: "Gambia, The", want: "GM", reason: "index form of The Gambia"},

	// Index forms and alternatives.
	{name: "inverted", in: "Korea, Republic of", want: "KR", reason: "ISO-style index form"},
	{name: "inverted people's", in: "Korea, Democratic People's Republic of", want: "KP", reason: "index form"},
	{name: "inverted the", in: "Congo, Democratic Republic of the", want: "CD", reason: "index form with the"},
	{name: "inverted adjective", in: "Virgin Islands, British", want: "VG", reason: "index form"},
	{name: "inverted compass", in: "Korea, South", want: "KR", reason: "the Factbook's old index form"},
	{name: "inverted parenthesis", in: "Korea (South)", want: "KR", reason: "the last part in parentheses goes first"},
	{name: "inverted Ireland", in: "Ireland, Northern", want: "GB", reason: "Northern Ireland is a part of the United Kingdom"},
	{name: "alternative", in: "Republic of China (Taiwan)", want: "TW", reason: "both parts name Taiwan"},
	{name: "alternative Holy See", in: "The Holy See (Vatican City State)", want: "VA", reason: "Factbook long form"},
	{name: "with code", in: "Malaysia (MYS)", want: "MY", reason: "a name and its code agree"},
	{name: "two countries", in: "Niger (Nigeria)", wantErr: rescue.ErrAmbiguous, wantMsg: "NE (Niger), NG (Nigeria)", reason: "parts that disagree are refused with both"},
	{name: "list of places", in: "Baker Island, Howland Island, Jarvis Island, Johnston Atoll, Kingman Reef, Midway Islands, Palmyra Atoll", want: "UM", reason: "Factbook short form: every part is in UM"},
	{name: "and in a list", in: "England and Wales", want: "GB", reason: "both parts of the United Kingdom"},
	{name: "and of two", in: "Hong Kong and Macau", wantErr: rescue.ErrAmbiguous, wantMsg: "HK (Hong Kong), MO (Macau)", reason: "two territories"},
	{name: "part unknown", in: "Trinidad, Tobago and more", wantErr: rescue.ErrUnknownCountry, reason: "every part must name the country"},
}

// natFormNationalityCases are demonym forms read by rule or derived by the
// generator (feminines, plurals). TestParseNationality runs them.
var natFormNationalityCases = []natCase{
	{name: "feminine", in: "Manxwoman", want: "IM", reason: "derived from Manxman"},
	{name: "feminine plural", in: "Manxwomen", want: "IM", reason: "plural of the derived feminine"},
	{name: "masculine plural", in: "Manxmen", want: "IM", reason: "men for man"},
	{name: "French feminine", in: "Martiniquaise", want: "MQ", reason: "feminine of Martiniquais"},
	{name: "French feminine plural", in: "Réunionnaises", want: "RE", reason: "plural of the feminine"},
	{name: "Factbook plural", in: "Ivoirians", want: "CI", reason: "Factbook's Ivoirian(s)"},
	{name: "two demonyms", in: "Antiguan, Barbudan", want: "AG", reason: "mledoze gives both in one field"},
	{name: "or", in: "Kittitian or Nevisian", want: "KN", reason: "alternatives of one country"},
	{name: "slash", in: "Lao/Laotian", want: "LA", reason: "alternatives of one country"},
	{name: "two nationalities", in: "Thai, Malaysian", wantErr: rescue.ErrAmbiguous, wantMsg: "MY (Malaysia), TH (Thailand)", reason: "two nationalities are not one"},
	{name: "attributive island", in: "Cook Island", want: "CK", reason: "a Cook Island woman"},
	{name: "islander of a name", in: "Saint Martin Islander", want: "MF", reason: "mledoze demonym"},
	{name: "islanders plural", in: "Turks and Caicos Islanders", want: "TC", reason: "plural"},
	{name: "islander of two", in: "Virgin Islander", wantErr: rescue.ErrAmbiguous, reason: "Virgin Islands names two territories"},
	{name: "islander of a demonym", in: "American Islander", wantErr: rescue.ErrNotCountry, reason: "names no one place"},
	{name: "qualified republic", in: "citizens of the Gabonese Republic", want: "GA", reason: "qualifiers, then a rule"},
	{name: "and", in: "Frenchmen and Frenchwomen", want: "FR", reason: "both parts name France"},
	{name: "and two", in: "Thai and Malaysian", wantErr: rescue.ErrAmbiguous, wantMsg: "MY (Malaysia), TH (Thailand)", reason: "two nationalities"},
	{name: "qualifiers with and", in: "Thai women and children", want: "TH", reason: "and between qualifier words"},
	{name: "four qualifier words", in: "Filipino men, women and children", want: "PH", reason: "commas are spaces to qualifiers"},
	{name: "islander of an island", in: "Bouvet Islanders", want: "BV", reason: "Bouvet Island is singular"},
	{name: "singular note", in: "Batswana (singular Motswana)", want: "BW", reason: "a note that gives the singular"},
	{name: "Persian", in: "Persian", wantErr: rescue.ErrNotCountry, reason: "an ethnic group and language, not Iran's nationality"},
	{name: "Papuan", in: "Papuan", wantErr: rescue.ErrNotCountry, reason: "Papua New Guinea or Indonesia's Papua"},
	{name: "Kurdish", in: "Kurdish", wantErr: rescue.ErrNotCountry, reason: "an ethnic group"},
	{name: "Emiri", in: "Emiri", wantErr: rescue.ErrNotCountry, reason: "of any emir"},
	{name: "Guianan", in: "Guianan", wantErr: rescue.ErrNotCountry, reason: "the Guianas are three countries"},
}
