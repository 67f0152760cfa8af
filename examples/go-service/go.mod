module example.com/stagecraft/go-service

go 1.22
