package ceremony

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// importPhase1 reads an existing Phase 1 result cut to domain n, checks it
// is a consistent powers-of-tau structure, and describes it for the plan.
func importPhase1(f *ImportFile, n uint64, o Options) (*Import, *mpcsetup.SrsCommons, error) {
	file, err := os.Open(f.Path)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: phase 1 to import: %w", ErrNotFound, err)
	}
	defer file.Close()
	h := sha256.New()
	r := io.TeeReader(bufio.NewReaderSize(file, 1<<20), h)
	imp := &Import{Kind: f.Kind, Source: f.Source}
	if imp.Source == "" {
		imp.Source = f.Path
	}
	var commons *mpcsetup.SrsCommons
	o.progress("reading the %s phase 1 %s for domain %d", f.Kind, f.Path, n)
	switch f.Kind {
	case "ptau":
		c, info, err := ReadPtau(r, n)
		if err != nil {
			return nil, nil, err
		}
		commons, imp.Power, imp.Contributions = c, info.Power, info.Contributions
	case "gnark":
		c, err := ReadSRS(r, n)
		if err != nil {
			return nil, nil, err
		}
		commons = c
	default:
		return nil, nil, fmt.Errorf("%w: import kind %q (ptau or gnark)", ErrMalformed, f.Kind)
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, nil, fmt.Errorf("ceremony: %w", err)
	}
	copy(imp.SHA256[:], h.Sum(nil))
	o.progress("checking the imported powers of tau (same-ratio checks)")
	if err := CheckSRS(commons, n); err != nil {
		return nil, nil, err
	}
	imp.SRSSHA256 = hashOf(commons)
	return imp, commons, nil
}
