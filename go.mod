module github.com/antitrafficking/rescue

go 1.26.0
