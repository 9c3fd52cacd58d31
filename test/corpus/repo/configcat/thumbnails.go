// Corpus: ConfigCat Go SDK v9.
// Source: github.com/configcat/go-sdk/v9, configcat_client.go: (*Client).GetBoolValue(key,
// defaultValue, user), GetIntValue; flag.go: configcat.Bool(key, defaultValue) typed flags.
package thumbnails

import (
	configcat "github.com/configcat/go-sdk/v9"
)

var webpFlag = configcat.Bool("thumbnailWebp", false)

func Size(client *configcat.Client, user configcat.User) int {
	if !client.GetBoolValue("thumbnailsEnabled", false, user) {
		return 0
	}
	return client.GetIntValue(
		"thumbnailSize",
		128,
		user,
	)
}
