// Corpus: negatives in Go, the standard flag and log packages and ordinary environment reads.
// Source: Go standard library: flag.Bool(name, value, usage), log.Printf, os.Getenv.
package main

import (
	"flag"
	"log"
	"os"
	"strings"
)

var verbose = flag.Bool("verbose", false, "print every step")

func main() {
	flag.Parse()
	home := os.Getenv("HOME")
	if strings.Contains(home, "parallel-export") {
		log.Printf("parallel-export: unusual home %s", home)
	}
	if *verbose {
		log.Println("cache-v2 warm")
	}
}
