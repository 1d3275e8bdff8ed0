package bundle_test

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func mustPack(t *testing.T, e telemetry.Event) (fr.Element, error) {
	t.Helper()
	l, err := commit.Pack(&e)
	if err != nil {
		t.Fatal(err)
	}
	return l, nil
}
