package embedded

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// chainForTamper builds a closed ledger of 5 blocks (genesis + 4) and
// returns its dir and the id of block 2's transaction, which wrote "k2".
func chainForTamper(t *testing.T) (dir string, tx2 string) {
	t.Helper()
	ctx := context.Background()
	dir = t.TempDir()
	l := reopen(t, dir)
	for _, k := range []string{"k1", "k2", "k3", "k4"} {
		if _, err := l.Invoke(ctx, operator, "put", []byte(k), []byte("value of "+k)); err != nil {
			t.Fatal(err)
		}
	}
	b, err := l.Block(2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Verify(ctx); err != nil {
		t.Fatalf("untampered chain does not verify: %v", err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, b.Txs[0].ID
}

// onDisk changes the bbolt file directly, as an attacker with the file would.
func onDisk(t *testing.T, dir string, change func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(change); err != nil {
		t.Fatal(err)
	}
}

func flipBlockByte(height uint64, at func(n int) int) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBlocks)
		v := append([]byte(nil), b.Get(heightKey(height))...)
		v[at(len(v))] ^= 0x01
		return b.Put(heightKey(height), v)
	}
}

// reblock decodes block height, lets change edit it, and stores it again.
func reblock(height uint64, change func(b *Block, tx *bolt.Tx) error) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketBlocks)
		b, err := unmarshalBlock(bk.Get(heightKey(height)))
		if err != nil {
			return err
		}
		if err := change(b, tx); err != nil {
			return err
		}
		return bk.Put(heightKey(height), b.marshal())
	}
}

func TestVerifyNamesTheFirstBrokenBlock(t *testing.T) {
	tests := []struct {
		name       string
		change     func(dir, tx2 string) func(tx *bolt.Tx) error
		wantHeight uint64
		wantTx     bool
		want       error
	}{
		{"a flipped byte in a block's body breaks its signatures", func(string, string) func(*bolt.Tx) error {
			return flipBlockByte(2, func(n int) int { return 70 }) // in the transaction
		}, 2, false, ErrSignatureBroken},
		{"a flipped byte in a block's previous-block hash breaks the link", func(string, string) func(*bolt.Tx) error {
			return flipBlockByte(2, func(n int) int { return 20 })
		}, 2, false, ErrLinkBroken},
		{"a flipped byte in a block's last signature breaks it", func(string, string) func(*bolt.Tx) error {
			return flipBlockByte(2, func(n int) int { return n - 1 })
		}, 2, false, ErrSignatureBroken},
		{"a flipped length prefix makes the block malformed", func(string, string) func(*bolt.Tx) error {
			return flipBlockByte(2, func(n int) int { return 2 })
		}, 2, false, ErrBlockMalformed},
		{"a block signed by 1 of 3 orgs fails the majority policy", func(string, string) func(*bolt.Tx) error {
			return reblock(2, func(b *Block, _ *bolt.Tx) error { b.Signatures = b.Signatures[:1]; return nil })
		}, 2, false, ErrSignatureBroken},
		{"an org signing twice does not make a majority", func(string, string) func(*bolt.Tx) error {
			return reblock(2, func(b *Block, _ *bolt.Tx) error { b.Signatures = append(b.Signatures[:1], b.Signatures[0]); return nil })
		}, 2, false, ErrSignatureBroken},
		{"a forged write set re-signed with every org key fails the replay", func(dir, _ string) func(*bolt.Tx) error {
			return reblock(2, func(b *Block, btx *bolt.Tx) error {
				signers, err := loadSigners(dir, Default().Orgs, false)
				if err != nil {
					return err
				}
				tx := &b.Txs[0]
				tx.Writes[0].Value = []byte("forged")
				tx.WriteSetHash = writeSetHash(tx.Writes, tx.PrivateWrites)
				prev, err := unmarshalBlock(btx.Bucket(bucketBlocks).Get(heightKey(1)))
				if err != nil {
					return err
				}
				b.StateHash = nextState(prev.StateHash, tx.WriteSetHash)
				return b.sign(signers)
			})
		}, 2, true, ErrWriteSetBroken},
		{"changed arguments do not match the block", func(_, tx2 string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error {
				return tx.Bucket(bucketArgs).Put([]byte(tx2), encodeArgs([][]byte{[]byte("k2"), []byte("other")}))
			}
		}, 2, true, ErrArgsBroken},
		{"deleted arguments can not be replayed", func(_, tx2 string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error { return tx.Bucket(bucketArgs).Delete([]byte(tx2)) }
		}, 2, true, ErrArgsBroken},
		{"a deleted block breaks the link", func(string, string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error { return tx.Bucket(bucketBlocks).Delete(heightKey(3)) }
		}, 3, false, ErrLinkBroken},
		{"a block moved to another height is malformed", func(string, string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error {
				bk := tx.Bucket(bucketBlocks)
				return bk.Put(heightKey(3), append([]byte(nil), bk.Get(heightKey(2))...))
			}
		}, 3, false, ErrBlockMalformed},
		{"a changed public value names the block that wrote it", func(string, string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error { return tx.Bucket(bucketState).Put([]byte("k2"), []byte("changed")) }
		}, 2, false, ErrStateBroken},
		{"a deleted private value names the block that wrote it", func(string, string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error {
				return tx.Bucket(bucketPrivate).Bucket([]byte("records")).Delete([]byte("k2"))
			}
		}, 2, false, ErrStateBroken},
		{"a state key no transaction wrote names the head", func(string, string) func(*bolt.Tx) error {
			return func(tx *bolt.Tx) error { return tx.Bucket(bucketState).Put([]byte("k0"), []byte("planted")) }
		}, 4, false, ErrStateBroken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, tx2 := chainForTamper(t)
			onDisk(t, dir, tt.change(dir, tx2))
			_, err := VerifyDir(context.Background(), dir, Default(), testLogger(), WithContract(testContract))
			var be *BlockError
			if !errors.As(err, &be) {
				t.Fatalf("VerifyDir error %v, want a *BlockError", err)
			}
			if be.Height != tt.wantHeight || !errors.Is(err, tt.want) {
				t.Fatalf("VerifyDir error %q (height %d), want height %d and %v", err, be.Height, tt.wantHeight, tt.want)
			}
			if tt.wantTx && be.TxID != tx2 {
				t.Errorf("error names tx %q, want %q", be.TxID, tx2)
			}
			t.Log(err)
		})
	}
}

func blockAt(dir string, h uint64) (*Block, error) {
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	var b *Block
	err = db.View(func(tx *bolt.Tx) error {
		var err error
		b, err = unmarshalBlock(tx.Bucket(bucketBlocks).Get(heightKey(h)))
		return err
	})
	return b, err
}

func TestAnOpenLedgerVerifiesAndFindsTampering(t *testing.T) {
	ctx := context.Background()
	dir, _ := chainForTamper(t)
	onDisk(t, dir, flipBlockByte(1, func(n int) int { return n / 3 }))
	l := reopen(t, dir)
	_, err := l.Verify(ctx)
	var be *BlockError
	if !errors.As(err, &be) || be.Height != 1 {
		t.Fatalf("Verify error %v, want a *BlockError at height 1", err)
	}
}

func TestVerifyReportsWhatItChecked(t *testing.T) {
	dir, _ := chainForTamper(t)
	rep, err := VerifyDir(context.Background(), dir, Default(), testLogger(), WithContract(testContract))
	if err != nil {
		t.Fatal(err)
	}
	want := Report{Blocks: 5, Txs: 4, PublicKeys: 4, PrivateKeys: 4, Collections: 1}
	rep.Head = Head{}
	if rep != want {
		t.Errorf("report %+v, want %+v", rep, want)
	}
}

func TestEveryFlippedByteOfABlockIsDetected(t *testing.T) {
	dir, _ := chainForTamper(t)
	b, err := blockAt(dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	g, err := blockAt(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	orgs, err := g.orgKeys()
	if err != nil {
		t.Fatal(err)
	}
	raw := b.marshal()
	if got, err := unmarshalBlock(raw); err != nil || got.verifySignatures(orgs) != nil {
		t.Fatalf("untouched block does not verify: %v", err)
	}
	for i := range raw {
		mut := append([]byte(nil), raw...)
		mut[i] ^= 0x20
		got, err := unmarshalBlock(mut)
		if err != nil {
			continue
		}
		if got.Height == b.Height && got.verifySignatures(orgs) == nil {
			t.Errorf("flipping byte %d of %d goes unnoticed", i, len(raw))
		}
	}
}
