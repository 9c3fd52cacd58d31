// Corpus: blind7, quotes service (Go): flag keys shared across packages (no evaluation here).
// Source: the Go spec (constant declarations); the keys are DevCycle and Split keys.
package flagkeys

const (
	SeatMap      = "qt-seat-map-v2"
	MealBundles  = "qt_meal_bundles"
	GroupBooking = "qt-group-booking"
)
