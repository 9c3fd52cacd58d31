// Corpus: DevCycle Go server SDK.
// Source: github.com/devcyclehq/go-server-sdk/v2, client.go: (*Client).Variable(userdata, key,
// defaultValue) (Variable, error); docs.devcycle.com/sdk/server-side-sdks/go.
package worker

import (
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
)

func BatchSize(client *devcycle.Client, userID string) int {
	user := devcycle.User{UserId: userID}
	variable, err := client.Variable(user, "batch-size", 100.0)
	if err != nil {
		return 100
	}
	return int(variable.Value.(float64))
}
