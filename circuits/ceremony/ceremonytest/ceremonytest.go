// Package ceremonytest runs real multi-party ceremonies (circuits/ceremony)
// for other packages' tests: the smallest circuit (capacity 8), every org
// contributing once to each phase, each phase closed with a known beacon.
// One run costs about 40 s of CPU: a test binary makes one and shares it
// read-only among its cases (copying it before changing a file).
//
// It is test support: nothing outside tests may use it.
package ceremonytest

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/ceremony"
)

// Capacity is the chunk capacity of the ceremonies' circuit.
const Capacity = 8

// The beacons that close each phase, and the sources the plan announces.
var (
	Beacon1 = []byte("ceremonytest phase one beacon: block 0x1234 hash")
	Beacon2 = []byte("ceremonytest phase two beacon: block 0x5678 hash")
)

const (
	source1 = "ceremonytest: the hash of block 0x1234"
	source2 = "ceremonytest: the hash of block 0x5678"
)

// Org is a participant with its signing key.
type Org struct {
	Name string // MSP id
	Key  *ecdsa.PrivateKey
}

// Address is the org's signing address, as the plan lists it.
func (o Org) Address() string { return crypto.PubkeyToAddress(o.Key.PublicKey).Hex() }

// NewOrgs returns orgs of these names with fresh keys.
func NewOrgs(names ...string) ([]Org, error) {
	var out []Org
	for _, n := range names {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		out = append(out, Org{n, k})
	}
	return out, nil
}

// Run runs a whole ceremony of orgs in dir (a new directory): init at
// Capacity, each org's phase 1 contribution in order, close with Beacon1,
// each org's phase 2 contribution, close with Beacon2. It returns the
// contributions in order; the key set is in dir/keys (ceremony.KeysDir).
func Run(ctx context.Context, dir string, orgs ...Org) ([]*ceremony.Entry, error) {
	o := ceremony.InitOptions{Capacity: Capacity, Phase1Beacon: source1, Phase2Beacon: source2}
	for _, x := range orgs {
		o.Participants = append(o.Participants, ceremony.Participant{Org: x.Name, Address: x.Address()})
	}
	if _, err := ceremony.Init(ctx, dir, o); err != nil {
		return nil, fmt.Errorf("ceremonytest: init: %w", err)
	}
	var out []*ceremony.Entry
	for phase, beacon := range [][]byte{Beacon1, Beacon2} {
		for _, x := range orgs {
			e, err := ceremony.Contribute(ctx, dir, ceremony.ContributeOptions{Org: x.Name, Key: x.Key})
			if err != nil {
				return nil, fmt.Errorf("ceremonytest: %s contributes to phase %d: %w", x.Name, phase+1, err)
			}
			out = append(out, e)
		}
		if _, err := ceremony.Close(ctx, dir, beacon, ceremony.Options{}); err != nil {
			return nil, fmt.Errorf("ceremonytest: close phase %d: %w", phase+1, err)
		}
	}
	return out, nil
}
