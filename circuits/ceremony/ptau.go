package ceremony

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// ErrPtau: a .ptau file that is malformed, not BN254, or too small for the domain asked.
var ErrPtau = errors.New("unusable powers-of-tau file")

// PtauInfo says what a .ptau held.
type PtauInfo struct {
	Power         int    // the file's 2^power
	Contributions int    // contributions listed in its contributions section (0 if absent); snarkjs lists a beacon as one
	SHA256        string // hex SHA-256 of the whole file
}

// The .ptau sections ReadPtau uses (snarkjs src/powersoftau_*.js); others,
// such as the Lagrange sections 12–15 "prepare phase2" adds, are skipped.
const (
	ptauHeader        = 1
	ptauTauG1         = 2
	ptauTauG2         = 3
	ptauAlphaTauG1    = 4
	ptauBetaTauG1     = 5
	ptauBetaG2        = 6
	ptauContributions = 7

	ptauG1Size = 2 * fp.Bytes
	ptauG2Size = 4 * fp.Bytes
)

// ReadPtau reads a snarkjs .ptau file (BN254, sections 1 header, 2 tauG1, 3 tauG2, 4 alphaTauG1,
// 5 betaTauG1, 6 betaG2; little-endian Montgomery coordinates) and returns the SrsCommons of
// domain size n (a power of two, 2n-1 ≤ the file's tauG1 count), truncating larger files.
// Every point is checked on the curve and in its subgroup.
//
// The whole file is read (its SHA-256 is in PtauInfo), but only the points
// kept are decoded, in parallel over runtime.NumCPU() goroutines. ReadPtau
// does not check that the points are powers of one τ: run CheckSRS on the
// result. Every failure about the file wraps ErrPtau.
func ReadPtau(r io.Reader, n uint64) (*mpcsetup.SrsCommons, PtauInfo, error) {
	var info PtauInfo
	if err := checkDomainSize(n); err != nil {
		return nil, info, err
	}
	sum := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(r, sum), 1<<16)

	var head [12]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, info, fmt.Errorf("%w: reading the file header: %w", ErrPtau, shortReadErr(err))
	}
	if string(head[:4]) != "ptau" {
		return nil, info, fmt.Errorf("%w: not a .ptau file (it does not start with \"ptau\")", ErrPtau)
	}
	if v := binary.LittleEndian.Uint32(head[4:8]); v != 1 {
		return nil, info, fmt.Errorf("%w: .ptau version %d; only version 1 is known", ErrPtau, v)
	}
	nSections := binary.LittleEndian.Uint32(head[8:12])

	c := new(mpcsetup.SrsCommons)
	beta := make([]curve.G2Affine, 1)

	seen := map[uint32]bool{}
	power := -1
	for range nSections {
		var sh [12]byte
		if _, err := io.ReadFull(br, sh[:]); err != nil {
			return nil, info, fmt.Errorf("%w: reading a section header: %w", ErrPtau, shortReadErr(err))
		}
		id, size := binary.LittleEndian.Uint32(sh[:4]), binary.LittleEndian.Uint64(sh[4:])
		if seen[id] {
			return nil, info, fmt.Errorf("%w: section %d appears twice", ErrPtau, id)
		}
		seen[id] = true
		if id >= ptauTauG1 && id <= ptauBetaG2 && power < 0 {
			return nil, info, fmt.Errorf("%w: section %d comes before the header section", ErrPtau, id)
		}
		var err error
		switch id {
		case ptauHeader:
			power, err = readPtauHeader(br, size)
			if err == nil && n > 1<<power {
				err = fmt.Errorf("the file holds powers for a domain of 2^%d, smaller than the 2^%d asked for", power, domainLog2(n))
			}
			if err == nil { // sized only now that the file is known to be large enough
				c.G1.Tau = make([]curve.G1Affine, 2*n-1)
				c.G2.Tau = make([]curve.G2Affine, n)
				c.G1.AlphaTau = make([]curve.G1Affine, n)
				c.G1.BetaTau = make([]curve.G1Affine, n)
			}
		case ptauTauG1:
			err = readPtauPoints(br, size, c.G1.Tau, 1<<(power+1)-1, ptauG1Size, decodePtauG1)
		case ptauTauG2:
			err = readPtauPoints(br, size, c.G2.Tau, 1<<power, ptauG2Size, decodePtauG2)
		case ptauAlphaTauG1:
			err = readPtauPoints(br, size, c.G1.AlphaTau, 1<<power, ptauG1Size, decodePtauG1)
		case ptauBetaTauG1:
			err = readPtauPoints(br, size, c.G1.BetaTau, 1<<power, ptauG1Size, decodePtauG1)
		case ptauBetaG2:
			err = readPtauPoints(br, size, beta, 1, ptauG2Size, decodePtauG2)
		case ptauContributions:
			info.Contributions, err = readPtauContributions(br, size)
		default:
			err = skipBytes(br, size)
		}
		if err != nil {
			return nil, info, fmt.Errorf("%w: section %d%s: %w", ErrPtau, id, ptauSectionName[id], err)
		}
	}
	for id := uint32(ptauHeader); id <= ptauBetaG2; id++ {
		if !seen[id] {
			return nil, info, fmt.Errorf("%w: section %d%s is missing", ErrPtau, id, ptauSectionName[id])
		}
	}
	if _, err := br.ReadByte(); err == nil {
		return nil, info, fmt.Errorf("%w: bytes follow the %d sections the header announces", ErrPtau, nSections)
	} else if !errors.Is(err, io.EOF) {
		return nil, info, fmt.Errorf("%w: %w", ErrPtau, err)
	}
	c.G2.Beta = beta[0]
	info.Power = power
	info.SHA256 = hex.EncodeToString(sum.Sum(nil))
	return c, info, nil
}

// ptauSectionName names the sections in errors.
var ptauSectionName = map[uint32]string{
	ptauHeader:        " (header)",
	ptauTauG1:         " (tauG1)",
	ptauTauG2:         " (tauG2)",
	ptauAlphaTauG1:    " (alphaTauG1)",
	ptauBetaTauG1:     " (betaTauG1)",
	ptauBetaG2:        " (betaG2)",
	ptauContributions: " (contributions)",
}

// readPtauHeader reads section 1: the field element size, the base field's
// prime, the file's power and the ceremony's power.
func readPtauHeader(br *bufio.Reader, size uint64) (int, error) {
	const want = 4 + fp.Bytes + 4 + 4
	if size != want {
		return 0, fmt.Errorf("header of %d bytes; a BN254 header has %d", size, want)
	}
	var b [want]byte
	if _, err := io.ReadFull(br, b[:]); err != nil {
		return 0, shortReadErr(err)
	}
	if n8 := binary.LittleEndian.Uint32(b[:4]); n8 != fp.Bytes {
		return 0, fmt.Errorf("field elements of %d bytes: not BN254", n8)
	}
	q := fp.Modulus().FillBytes(make([]byte, fp.Bytes))
	for i := range fp.Bytes {
		if b[4+i] != q[fp.Bytes-1-i] {
			return 0, errors.New("the file's prime is not BN254's base field")
		}
	}
	power := binary.LittleEndian.Uint32(b[4+fp.Bytes:])
	if power < 1 || power > 28 {
		return 0, fmt.Errorf("power %d outside 1…28", power)
	}
	return int(power), nil
}

// readPtauPoints reads a section of count points of the given size, keeps
// the first len(dst) and decodes them in parallel.
func readPtauPoints[P any](br *bufio.Reader, size uint64, dst []P, count uint64, pointSize int, decode func(*P, []byte) error) error {
	if size != count*uint64(pointSize) {
		return fmt.Errorf("%d bytes; the file's power needs %d points of %d bytes", size, count, pointSize)
	}
	if uint64(len(dst)) > count {
		return fmt.Errorf("%d points, fewer than the %d needed", count, len(dst))
	}
	buf := make([]byte, len(dst)*pointSize)
	if _, err := io.ReadFull(br, buf); err != nil {
		return shortReadErr(err)
	}
	if err := skipBytes(br, size-uint64(len(buf))); err != nil {
		return err
	}
	return decodeInParallel(len(dst), func(i int) error {
		if err := decode(&dst[i], buf[i*pointSize:(i+1)*pointSize]); err != nil {
			return fmt.Errorf("point %d: %w", i, err)
		}
		return nil
	})
}

// readPtauContributions reads the number of contributions that begins
// section 7 and skips the contributions themselves.
func readPtauContributions(br *bufio.Reader, size uint64) (int, error) {
	if size < 4 {
		return 0, fmt.Errorf("%d bytes, too short for a count", size)
	}
	var b [4]byte
	if _, err := io.ReadFull(br, b[:]); err != nil {
		return 0, shortReadErr(err)
	}
	return int(binary.LittleEndian.Uint32(b[:])), skipBytes(br, size-4)
}

func skipBytes(br *bufio.Reader, size uint64) error {
	if size > math.MaxInt64 {
		return fmt.Errorf("a size of %d bytes", size)
	}
	if _, err := io.CopyN(io.Discard, br, int64(size)); err != nil {
		return shortReadErr(err)
	}
	return nil
}

// decodePtauFp reads a coordinate as .ptau stores it: little-endian
// Montgomery form with R = 2²⁵⁶, which is gnark-crypto's own internal form,
// so the limbs are taken as they are once checked below the prime.
func decodePtauFp(e *fp.Element, b []byte) error {
	for i := range e {
		e[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	for i := len(e) - 1; i >= 0; i-- {
		switch {
		case e[i] < fpModulus[i]:
			return nil
		case e[i] > fpModulus[i]:
			return errors.New("coordinate not below the field's prime")
		}
	}
	return errors.New("coordinate not below the field's prime")
}

var fpModulus = func() (q fp.Element) {
	words := fp.Modulus().Bits()
	for i := range q {
		q[i] = uint64(words[i])
	}
	return q
}()

var zeroPtauG2 [ptauG2Size]byte

func decodePtauG1(p *curve.G1Affine, b []byte) error { return decodePtauPoint(b, p, &p.X, &p.Y) }

func decodePtauG2(p *curve.G2Affine, b []byte) error {
	return decodePtauPoint(b, p, &p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1)
}

// decodePtauPoint sets the coordinates of p from b and checks p is on its
// curve and in its subgroup. .ptau writes the point at infinity as zeros;
// no power of a nonzero secret is infinity, so it is refused.
func decodePtauPoint(b []byte, p interface {
	IsOnCurve() bool
	IsInSubGroup() bool
}, coords ...*fp.Element) error {
	if bytes.Equal(b, zeroPtauG2[:len(b)]) {
		return errors.New("point at infinity")
	}
	for i, e := range coords {
		if err := decodePtauFp(e, b[i*fp.Bytes:]); err != nil {
			return err
		}
	}
	if !p.IsOnCurve() {
		return errors.New("not on the curve")
	}
	if !p.IsInSubGroup() {
		return errors.New("not in the prime-order subgroup")
	}
	return nil
}
