module example.com/tripwise/quotes

go 1.22
