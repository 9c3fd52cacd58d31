// Corpus: blind8, parcelpoint dispatch service, flag keys
// Source: Go spec (constant declarations, typed string constants)
package flagkeys

// Key is a LaunchDarkly flag key.
type Key string

const (
	AutoAssign    Key = "dsp-auto-assign"
	MaxParcels        = "dsp-max-parcels"
	SurgeMode         = "dsp-surge-mode"
	ReturnPickups     = "dsp_return_pickups"
)
