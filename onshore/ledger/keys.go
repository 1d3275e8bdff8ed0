package ledger

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Key layout (see doc.go). Numbers are fixed-width lowercase hex, so byte
// order of keys is numeric order. Pool ids never contain '/', and every
// prefix ends with '/', so a prefix range [p, p with '/' → '0') holds exactly
// the keys under p.
const (
	keyRegistry    = "g/registry" // registry id, stored once
	prefixDevice   = "d/"         // d/<cabinet:08x>
	prefixDedupe   = "k/"         // k/<pool>/<cabinet:08x>/<seq:016x>
	prefixRecord   = "r/"         // r/<pool>/<hour:08x>/<cabinet:08x>/<seq:016x> (private)
	prefixSealed   = "sh/"        // sh/<pool>/<hour:08x>
	prefixPoolLen  = "pe/"        // pe/<pool>
	prefixSeal     = "s/"         // s/<pool>/<epoch:016x>
	prefixAttest   = "a/"         // a/<pool>/<epoch:016x>/<msp>
	prefixExport   = "x/"         // x/<pool>/<epoch:016x>/<l2 tx hash hex>
	prefixCeremony = "c/"         // c/<ceremony id hex>/<phase>/<index:04x>
)

// hourSeconds is the bucket width of raw records: every allowed epoch length
// is a whole number of hours and every epoch starts at a whole UTC hour.
const hourSeconds = 3600

// orderKeyLen is the length of "<cabinet:08x>/<seq:016x>", the canonical
// order key that ends record and dedupe keys.
const orderKeyLen = 8 + 1 + 16

func hourOf(unix int64) uint32 { return uint32(unix / hourSeconds) }

func deviceKey(cabinet uint32) string { return fmt.Sprintf("%s%08x", prefixDevice, cabinet) }

func orderKey(cabinet uint32, seq uint64) string { return fmt.Sprintf("%08x/%016x", cabinet, seq) }

// parseOrderKey reads "<cabinet:08x>/<seq:016x>".
func parseOrderKey(s string) (uint32, uint64, error) {
	if len(s) != orderKeyLen || s[8] != '/' {
		return 0, 0, fmt.Errorf("%w: %q is not a record position (cabinet:8 hex digits/seq:16 hex digits)", ErrBadArgs, s)
	}
	c, err1 := strconv.ParseUint(s[:8], 16, 32)
	q, err2 := strconv.ParseUint(s[9:], 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("%w: %q is not a record position (cabinet:8 hex digits/seq:16 hex digits)", ErrBadArgs, s)
	}
	return uint32(c), q, nil
}

func dedupeKey(pool telemetry.PoolID, cabinet uint32, seq uint64) string {
	return prefixDedupe + string(pool) + "/" + orderKey(cabinet, seq)
}

func recordBucket(pool telemetry.PoolID, hour uint32) string {
	return fmt.Sprintf("%s%s/%08x/", prefixRecord, pool, hour)
}

func recordKey(pool telemetry.PoolID, hour uint32, cabinet uint32, seq uint64) string {
	return recordBucket(pool, hour) + orderKey(cabinet, seq)
}

func sealedHourKey(pool telemetry.PoolID, hour uint32) string {
	return fmt.Sprintf("%s%s/%08x", prefixSealed, pool, hour)
}

func poolEpochKey(pool telemetry.PoolID) string { return prefixPoolLen + string(pool) }

func sealPrefix(pool telemetry.PoolID) string { return prefixSeal + string(pool) + "/" }

func sealKey(pool telemetry.PoolID, epoch uint64) string {
	return fmt.Sprintf("%s%016x", sealPrefix(pool), epoch)
}

func attestPrefix(pool telemetry.PoolID, epoch uint64) string {
	return fmt.Sprintf("%s%s/%016x/", prefixAttest, pool, epoch)
}

func exportPrefix(pool telemetry.PoolID) string { return prefixExport + string(pool) + "/" }

func exportKey(pool telemetry.PoolID, epoch uint64, txHash string) string {
	return fmt.Sprintf("%s%016x/%s", exportPrefix(pool), epoch, txHash)
}

// ceremonyPrefix holds a ceremony's log: phase 1 in index order, then phase 2.
func ceremonyPrefix(ceremony field.Digest) string {
	return prefixCeremony + ceremony.String()[2:] + "/"
}

func contributionPrefix(ceremony field.Digest, phase int) string {
	return fmt.Sprintf("%s%d/", ceremonyPrefix(ceremony), phase)
}

func contributionKey(ceremony field.Digest, phase, index int) string {
	return fmt.Sprintf("%s%04x", contributionPrefix(ceremony, phase), index)
}

// prefixEnd returns the end of the range of keys under prefix, which ends
// with '/': the same string with that '/' replaced by '0' (the next byte).
func prefixEnd(prefix string) string { return prefix[:len(prefix)-1] + "0" }

// after returns the smallest key greater than k.
func after(k string) string { return k + "\x00" }

// dedupeValue is what the channel holds per record: the SHA-256 of its
// canonical signed encoding and the hour bucket it is stored in.
func dedupeValue(sum [32]byte, hour uint32) []byte {
	return binary.BigEndian.AppendUint32(append(make([]byte, 0, 36), sum[:]...), hour)
}

func parseDedupeValue(v []byte) (sum []byte, hour uint32, err error) {
	if len(v) != 36 {
		return nil, 0, fmt.Errorf("ledger state: dedupe value of %d bytes, want 36", len(v))
	}
	return v[:32], binary.BigEndian.Uint32(v[32:]), nil
}
