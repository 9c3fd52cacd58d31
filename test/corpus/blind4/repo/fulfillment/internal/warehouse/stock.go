// Corpus: blind4 / fulfillment: stock checks (ConfigCat, Flagsmith, DevCycle, PostHog Go SDKs).
// Source: github.com/configcat/go-sdk/v9 (Client.GetBoolValue(key, default, user), GetIntValue), github.com/Flagsmith/flagsmith-go-client/v3 (Flags.IsFeatureEnabled, GetFeatureValue), github.com/devcyclehq/go-server-sdk/v2 (Client.VariableValue(user, key, default)), github.com/posthog/posthog-go (IsFeatureEnabled(FeatureFlagPayload)).
package warehouse

import (
	"context"

	configcat "github.com/configcat/go-sdk/v9"
	devcycle "github.com/devcyclehq/go-server-sdk/v2"
	flagsmith "github.com/Flagsmith/flagsmith-go-client/v3"
	"github.com/posthog/posthog-go"
)

// Stock reads inventory with the team's flags.
type Stock struct {
	cc  *configcat.Client
	fs  *flagsmith.Client
	dvc *devcycle.Client
	ph  posthog.Client
}

// Reserve reserves units of a SKU for a warehouse.
func (s *Stock) Reserve(ctx context.Context, warehouseID, sku string, units int) (bool, error) {
	user := &configcat.UserData{Identifier: warehouseID}
	if !s.cc.GetBoolValue("flSoftReservations", false, user) {
		return false, nil
	}
	buffer := s.cc.GetIntValue("flSafetyStockBuffer", 2, user)

	flags, err := s.fs.GetEnvironmentFlags(ctx)
	if err != nil {
		return false, err
	}
	oversell, _ := flags.IsFeatureEnabled("fl_allow_oversell")
	limit, _ := flags.GetFeatureValue("fl_reservation_limit")

	dvcUser := devcycle.User{UserId: warehouseID}
	ttl, _ := s.dvc.VariableValue(dvcUser, "fl-reservation-ttl-minutes", 30)

	audit, _ := s.ph.IsFeatureEnabled(
		posthog.FeatureFlagPayload{
			Key:        "fl-reservation-audit",
			DistinctId: warehouseID,
		},
	)
	_ = []any{buffer, oversell, limit, ttl, audit}
	return units > 0, nil
}
