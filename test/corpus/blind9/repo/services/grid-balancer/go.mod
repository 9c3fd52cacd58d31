// Corpus: blind9, brightgrid grid balancer, the Go module (no flags)
// Source: go.mod reference (module, go directives)
module github.com/brightgrid/grid-balancer

go 1.22
