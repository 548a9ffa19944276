package schema

// ZeroAliases gives the tests the generator's list.
func ZeroAliases() map[string][]string { return zeroAliases }
