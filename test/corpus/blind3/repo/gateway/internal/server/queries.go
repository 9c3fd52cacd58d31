// Corpus: blind3 gateway (round 2, added after the scanner was read), a Go raw string over many lines above flag reads.
// Source: Go spec "String literals" (raw string literals); go-server-sdk/v7 LDClient.BoolVariation, JSONVariation.
package server

import (
	"context"

	"github.com/launchdarkly/go-sdk-common/v3/ldcontext"
)

const cartQuery = `
SELECT
	c.id,
	c.owner_id,
	c.currency,
	c.subtotal,
	c.discount,
	c.tax,
	c.total,
	c.created_at,
	c.updated_at,
	c.expires_at
FROM carts AS c
JOIN owners AS o ON o.id = c.owner_id
WHERE c.id = $1
  AND c.deleted_at IS NULL
ORDER BY c.updated_at DESC
LIMIT 1
`

func (s *Server) loadCart(ctx context.Context, user ldcontext.Context) (string, bool) {
	readReplica, _ := s.ld.BoolVariation("gw-cart-read-replica", user, false)
	return cartQuery, readReplica
}
