package ceremony

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	cmpcsetup "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// ErrSRS: an imported Phase 1 result that is not a consistent powers-of-tau structure.
var ErrSRS = errors.New("phase 1 parameters are not consistent powers of tau")

// maxSRSDomain is the largest FFT domain BN254's scalar field has (its 2-adicity
// is 28): no Phase 1 result for a Groth16 circuit on BN254 is larger.
const maxSRSDomain = 1 << 28

// checkDomainSize says whether n is a usable domain size: a power of two, at
// least 2 (the same-ratio check needs two powers) and at most maxSRSDomain.
func checkDomainSize(n uint64) error {
	if n < 2 || n > maxSRSDomain || ecc.NextPowerOfTwo(n) != n {
		return fmt.Errorf("ceremony: domain size %d is not a power of two between 2 and 2^28", n)
	}
	return nil
}

// ReadSRS reads a sealed gnark Phase 1 result (SrsCommons.WriteTo format) of any domain size
// ≥ n and returns it truncated to n.
//
// r must hold exactly one SrsCommons and nothing after it. Every point kept
// is decoded in parallel over runtime.NumCPU() goroutines and checked on
// the curve and in its subgroup (the checks gnark's ReadFrom makes); the
// points a truncation drops are read past without being decoded. ReadSRS
// does not check that the points are powers of one τ: run CheckSRS on the
// result. Every failure wraps ErrSRS.
func ReadSRS(r io.Reader, n uint64) (*mpcsetup.SrsCommons, error) {
	if err := checkDomainSize(n); err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(r, 1<<16)
	var head [8]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, fmt.Errorf("%w: reading the domain size: %w", ErrSRS, shortReadErr(err))
	}
	N := binary.BigEndian.Uint64(head[:])
	if ecc.NextPowerOfTwo(N) != N || N < 2 || N > maxSRSDomain {
		return nil, fmt.Errorf("%w: domain size %d in the file is not a power of two between 2 and 2^28", ErrSRS, N)
	}
	if N < n {
		return nil, fmt.Errorf("%w: the file's domain 2^%d is smaller than the 2^%d asked for", ErrSRS, domainLog2(N), domainLog2(n))
	}

	// Layout (gnark SrsCommons.refsSlice): [β]₂, [τ¹…τ²ᴺ⁻²]₁, [τ¹…τᴺ⁻¹]₂,
	// [βτ⁰…βτᴺ⁻¹]₁, [ατ⁰…ατᴺ⁻¹]₁, each point compressed or not as its
	// first byte says.
	c := new(mpcsetup.SrsCommons)
	c.G1.Tau = make([]curve.G1Affine, 2*n-1)
	c.G2.Tau = make([]curve.G2Affine, n)
	c.G1.AlphaTau = make([]curve.G1Affine, n)
	c.G1.BetaTau = make([]curve.G1Affine, n)
	_, _, c.G1.Tau[0], c.G2.Tau[0] = curve.Generators()

	beta := make([]curve.G2Affine, 1)
	parts := []struct {
		name       string
		g1         []curve.G1Affine
		g2         []curve.G2Affine
		kept, full uint64
	}{
		{name: "[β]₂", g2: beta, kept: 1, full: 1},
		{name: "[τⁱ]₁", g1: c.G1.Tau[1:], kept: 2*n - 2, full: 2*N - 2},
		{name: "[τⁱ]₂", g2: c.G2.Tau[1:], kept: n - 1, full: N - 1},
		{name: "[βτⁱ]₁", g1: c.G1.BetaTau, kept: n, full: N},
		{name: "[ατⁱ]₁", g1: c.G1.AlphaTau, kept: n, full: N},
	}
	for _, p := range parts {
		var err error
		if p.g1 != nil {
			err = readGnarkPoints(br, p.g1, p.full, curve.SizeOfG1AffineCompressed, curve.SizeOfG1AffineUncompressed, decodeGnarkG1)
		} else {
			err = readGnarkPoints(br, p.g2, p.full, curve.SizeOfG2AffineCompressed, curve.SizeOfG2AffineUncompressed, decodeGnarkG2)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrSRS, p.name, err)
		}
	}
	c.G2.Beta = beta[0]
	if _, err := br.ReadByte(); err == nil {
		return nil, fmt.Errorf("%w: bytes follow the parameters", ErrSRS)
	} else if !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: %w", ErrSRS, err)
	}
	return c, nil
}

func decodeGnarkG1(p *curve.G1Affine, b []byte) error { _, err := p.SetBytes(b); return err }
func decodeGnarkG2(p *curve.G2Affine, b []byte) error { _, err := p.SetBytes(b); return err }

// readGnarkPoints reads full points in gnark's encoding (each compressed or
// uncompressed, as the two top bits of its first byte say), decodes the
// first len(dst) of them into dst in parallel and skips the rest.
func readGnarkPoints[P any](br *bufio.Reader, dst []P, full uint64, compressed, uncompressed int, decode func(*P, []byte) error) error {
	const mMask, mUncompressed = 0b11 << 6, 0
	buf := make([]byte, len(dst)*uncompressed)
	for i := uint64(0); i < full; i++ {
		first, err := br.Peek(1)
		if err != nil {
			return fmt.Errorf("point %d: %w", i, shortReadErr(err))
		}
		size := compressed
		if first[0]&mMask == mUncompressed {
			size = uncompressed
		}
		if i < uint64(len(dst)) {
			_, err = io.ReadFull(br, buf[int(i)*uncompressed:int(i)*uncompressed+size])
		} else {
			_, err = br.Discard(size)
		}
		if err != nil {
			return fmt.Errorf("point %d: %w", i, shortReadErr(err))
		}
	}
	return decodeInParallel(len(dst), func(i int) error {
		if err := decode(&dst[i], buf[i*uncompressed:(i+1)*uncompressed]); err != nil {
			return fmt.Errorf("point %d: %w", i, err)
		}
		return nil
	})
}

// decodeInParallel runs f(0) … f(n-1) in runtime.NumCPU() contiguous chunks and
// returns the error of the lowest index that failed.
func decodeInParallel(n int, f func(i int) error) error {
	workers := min(runtime.NumCPU(), max(n/64, 1))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				if err := f(i); err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Wait()
	return firstDecodeError(errs)
}

func firstDecodeError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// shortReadErr names a short read as a truncated file.
func shortReadErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("the file is truncated: %w", io.ErrUnexpectedEOF)
	}
	return err
}

// domainLog2 is the exponent of the power of two n.
func domainLog2(n uint64) int { return bits.Len64(n) - 1 }

// CheckSRS checks that c is a consistent powers-of-tau structure of domain n: lengths, first
// elements the generators, and the same-ratio checks (gnark-crypto's
// ecc/bn254/mpcsetup.SameRatioMany, as mpcsetup.Phase1.Verify ends with). ErrSRS otherwise.
//
// Beyond what Phase1.Verify checks it refuses τ, α or β zero, a τ whose
// n-th power is one (τ in the FFT domain, where the vanishing polynomial
// is zero and a proof for anything verifies), and a [β]₂ that is not the β
// of [βτⁱ]₁. CheckSRS assumes every point is on its curve and in its
// subgroup, as ReadPtau and ReadSRS guarantee.
func CheckSRS(c *mpcsetup.SrsCommons, n uint64) error {
	if err := checkDomainSize(n); err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: no parameters", ErrSRS)
	}
	if uint64(len(c.G1.Tau)) != 2*n-1 || uint64(len(c.G2.Tau)) != n || uint64(len(c.G1.AlphaTau)) != n || uint64(len(c.G1.BetaTau)) != n {
		return fmt.Errorf("%w: lengths %d, %d, %d, %d for [τⁱ]₁, [τⁱ]₂, [ατⁱ]₁, [βτⁱ]₁; domain 2^%d needs %d, %d, %d, %d",
			ErrSRS, len(c.G1.Tau), len(c.G2.Tau), len(c.G1.AlphaTau), len(c.G1.BetaTau), domainLog2(n), 2*n-1, n, n, n)
	}
	_, _, g1, g2 := curve.Generators()
	switch {
	case !c.G1.Tau[0].Equal(&g1):
		return fmt.Errorf("%w: [τ⁰]₁ is not the generator of G1", ErrSRS)
	case !c.G2.Tau[0].Equal(&g2):
		return fmt.Errorf("%w: [τ⁰]₂ is not the generator of G2", ErrSRS)
	case c.G1.Tau[1].IsInfinity():
		return fmt.Errorf("%w: τ is zero", ErrSRS)
	case c.G1.Tau[n].Equal(&g1):
		return fmt.Errorf("%w: τ^%d is one: τ lies in the FFT domain", ErrSRS, n)
	case c.G1.AlphaTau[0].IsInfinity():
		return fmt.Errorf("%w: α is zero", ErrSRS)
	case c.G1.BetaTau[0].IsInfinity() || c.G2.Beta.IsInfinity():
		return fmt.Errorf("%w: β is zero", ErrSRS)
	}
	if err := cmpcsetup.SameRatioMany(c.G1.Tau, c.G2.Tau, c.G1.AlphaTau, c.G1.BetaTau); err != nil {
		return fmt.Errorf("%w: [τⁱ]₁, [τⁱ]₂, [ατⁱ]₁, [βτⁱ]₁ are not geometric sequences of one ratio: %w", ErrSRS, err)
	}
	// e([β]₁, [1]₂) = e([1]₁, [β]₂)
	var negG1 curve.G1Affine
	negG1.Neg(&g1)
	ok, err := curve.PairingCheck([]curve.G1Affine{c.G1.BetaTau[0], negG1}, []curve.G2Affine{g2, c.G2.Beta})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSRS, err)
	}
	if !ok {
		return fmt.Errorf("%w: [β]₂ and [β]₁ hold different β", ErrSRS)
	}
	return nil
}
