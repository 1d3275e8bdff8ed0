package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/audit/audittest"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/policies"
)

// useChain makes auditDial open f's simulated chain for the URL "sim"
// and fail for any other, until the test ends.
func useChain(t *testing.T, f *audittest.Fixture) {
	t.Helper()
	saved := auditDial
	t.Cleanup(func() { auditDial = saved })
	auditDial = func(_ context.Context, url string) (audit.Chain, func(), error) {
		if url != "sim" || f == nil {
			return nil, nil, errors.New("no network in this test")
		}
		return f.Sim.Client(), func() {}, nil
	}
}

// otherKeyDir writes a key set that loads like a summary key of capacity
// 8 but is another circuit's: its hash is no verifier's.
func otherKeyDir(t *testing.T) string {
	t.Helper()
	shape, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := keys.Write(&keys.Set{Dir: dir, CCS: shape.CCS, PK: shape.PK, VK: shape.VK}, audittest.Capacity, keys.KindDev, time.Now()); err != nil {
		t.Fatal(err)
	}
	return dir
}

func readEvidenceFile(t *testing.T, path string) *audit.Evidence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e, err := audit.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func writeEvidenceFile(t *testing.T, path string, e *audit.Evidence) {
	t.Helper()
	var buf bytes.Buffer
	if err := e.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestAuditVerifyAndExportOnAChainWithRealDisclosures(t *testing.T) {
	ctx := context.Background()
	keyDir := t.TempDir()
	set, err := audittest.Keys(ctx, keyDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := audittest.New(ctx, set)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Sim.Close()
	useChain(t, f)
	dir := t.TempDir()
	reg := f.Addrs.Registry.Hex()
	bundlePath := filepath.Join(dir, "evidence.json")

	if code, stdout, stderr := runCLI(t, "audit", "export", "--rpc", "sim", "--registry", reg, "--vk", keyDir, "--out", bundlePath); code != 0 {
		t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
	}

	t.Run("verify over RPC passes every disclosure, old committees included", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--vk", keyDir, "--json")
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		var rep audit.JSONReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatal(err)
		}
		var versions []uint64
		for _, d := range rep.Disclosures {
			versions = append(versions, d.CommitteeVersion)
		}
		if rep.Verified != 3 || rep.Failed != 0 || len(versions) != 3 || versions[0] != 1 || versions[2] != 2 {
			t.Fatalf("verified %d, failed %d, committee versions %v; want 3, 0, [1 2 2]", rep.Verified, rep.Failed, versions)
		}
	})

	t.Run("verify of the bundle passes with no network", func(t *testing.T) {
		useChain(t, nil)
		code, stdout, stderr := runCLI(t, "audit", "verify", "--bundle", bundlePath)
		if code != 0 || strings.Count(stdout, " OK ") != 3 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
	})

	t.Run("verify over RPC with no key file uses the verifier's own key", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg)
		if code != 0 || strings.Count(stdout, " OK ") != 3 || !strings.Contains(stdout, "verifying key from: verifier contract") {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		code, stdout, stderr = runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", reg, "--json")
		var rep audit.JSONReport
		if err := json.Unmarshal([]byte(stdout), &rep); code != 0 || err != nil || rep.Verified != 3 {
			t.Fatalf("exit %d, %v\n%s%s", code, err, stdout, stderr)
		}
		for _, d := range rep.Disclosures {
			if d.KeySource != string(audit.KeyFromVerifier) {
				t.Errorf("epoch %d: key source %q", d.Epoch, d.KeySource)
			}
		}
	})

	t.Run("a bundle exported with no key file verifies offline with no key file", func(t *testing.T) {
		noKey := filepath.Join(t.TempDir(), "evidence.json")
		if code, stdout, stderr := runCLI(t, "audit", "export", "--rpc", "sim", "--registry", reg, "--out", noKey); code != 0 {
			t.Fatalf("export: exit %d\n%s%s", code, stdout, stderr)
		}
		e := readEvidenceFile(t, noKey)
		for _, v := range e.Verifiers {
			if len(v.VK) != 0 || len(v.VKWords) != 40 {
				t.Fatalf("verifier %s: %d key bytes, %d key words; want 0 and 40", v.Address, len(v.VK), len(v.VKWords))
			}
		}
		useChain(t, nil)
		code, stdout, stderr := runCLI(t, "audit", "verify", "--bundle", noKey)
		if code != 0 || strings.Count(stdout, " OK ") != 3 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		// Key words that are not the ones vkHash() pins: exit 11.
		w := e.Verifiers[0].VKWords
		w[15] = (*hexutil.Big)(new(big.Int).Add(w[15].ToInt(), big.NewInt(1)))
		writeEvidenceFile(t, noKey, e)
		code, stdout, stderr = runCLI(t, "audit", "verify", "--bundle", noKey)
		if code != audit.ExitVK || !strings.Contains(stdout, "vk-mismatch") {
			t.Fatalf("altered key words: exit %d; want %d\n%s%s", code, audit.ExitVK, stdout, stderr)
		}
	})

	t.Run("a key file whose hash is not the verifier's exits 11", func(t *testing.T) {
		other := otherKeyDir(t)
		for _, args := range [][]string{
			{"--rpc", "sim", "--registry", reg, "--vk", other},
			{"--bundle", bundlePath, "--vk", other},
		} {
			code, stdout, stderr := runCLI(t, append([]string{"audit", "verify"}, args...)...)
			if code != audit.ExitVK || !strings.Contains(stdout, "vk-mismatch") {
				t.Errorf("%v: exit %d; want %d\n%s%s", args, code, audit.ExitVK, stdout, stderr)
			}
		}
	})

	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	flipAt := func(b, sub []byte, off int) {
		i := bytes.Index(b, sub)
		if i < 0 {
			t.Fatal("value not in the calldata")
		}
		b[i+off] ^= 1
	}
	single, multi := f.Accepted[1], f.Accepted[0]
	cases := []struct {
		name   string
		want   int
		failed int // disclosures it fails
		change func(e *audit.Evidence)
	}{
		{"a flipped byte in a proof", audit.ExitProof, 1, func(e *audit.Evidence) {
			flipAt(e.Disclosures[1].Calldata, single.Submission.Proofs[0], 200)
		}},
		{"a flipped byte in the embedded key's hash", audit.ExitVK, 3, func(e *audit.Evidence) { e.Verifiers[0].VKHash[0] ^= 1 }},
		{"a policy hash no known policy has", audit.ExitPolicy, 1, func(e *audit.Evidence) {
			e.Disclosures[1].Calldata[4+32*2+31] ^= 1
			e.Disclosures[1].Event.Data[31] ^= 1
		}},
		{"a flipped byte in a signature", audit.ExitSignatures, 1, func(e *audit.Evidence) {
			flipAt(e.Disclosures[1].Calldata, single.Signatures, 10)
		}},
		{"a committee member replaced", audit.ExitSignatures, 1, func(e *audit.Evidence) { e.Committees[0].Members[2][0] ^= 1 }},
		{"a metric changed in the log", audit.ExitEvent, 1, func(e *audit.Evidence) {
			d := e.Disclosures[1].Event.Data
			d[len(d)-32*2-1] ^= 1 // the last metric, before committeeVersion
		}},
		{"a flipped byte in the raw transaction", audit.ExitMalformed, 1, func(e *audit.Evidence) { e.Disclosures[2].RawTx[20] ^= 1 }},
		{"a flipped byte in a chunk root", audit.ExitChunks, 1, func(e *audit.Evidence) {
			flipAt(e.Disclosures[0].Calldata, word(multi.Submission.ChunkRoots[2]), 31)
		}},
	}
	for _, c := range cases {
		t.Run(c.name+" exits with its code", func(t *testing.T) {
			useChain(t, nil)
			e := readEvidenceFile(t, bundlePath)
			c.change(e)
			path := filepath.Join(t.TempDir(), "tampered.json")
			writeEvidenceFile(t, path, e)
			code, stdout, stderr := runCLI(t, "audit", "verify", "--bundle", path, "--json")
			if code != c.want {
				t.Fatalf("exit %d; want %d\n%s%s", code, c.want, stdout, stderr)
			}
			var rep audit.JSONReport
			if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Failed != c.failed || rep.ExitCode != c.want {
				t.Fatalf("JSON says %d failed, exit code %d; want %d, %d", rep.Failed, rep.ExitCode, c.failed, c.want)
			}
		})
	}

	files := []struct {
		name, data string
		want       int
	}{
		{"a bundle that is not JSON exits 16", "{", audit.ExitMalformed},
		{"a bundle of another format exits 16", `{"format":"x","version":1}`, audit.ExitMalformed},
	}
	for _, c := range files {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, stderr := runCLI(t, "audit", "verify", "--bundle", path); code != c.want {
				t.Fatalf("exit %d; want %d: %s", code, c.want, stderr)
			}
		})
	}
	t.Run("a missing bundle exits 1", func(t *testing.T) {
		if code, _, stderr := runCLI(t, "audit", "verify", "--bundle", filepath.Join(dir, "none.json")); code != audit.ExitIO {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	})
}

func TestAuditVerifyAndExportNeedTheirFlags(t *testing.T) {
	useChain(t, nil)
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"verify with no evidence named", []string{"audit", "verify"}, 2},
		{"verify with both a node and a bundle", []string{"audit", "verify", "--rpc", "sim", "--registry", "0x01", "--bundle", "b.json"}, 2},
		{"verify with a node but no registry", []string{"audit", "verify", "--rpc", "sim"}, 2},
		{"verify of a pool id that is not one", []string{"audit", "verify", "--bundle", "b.json", "--pool", "Bad Pool"}, 2},
		{"verify with a beacon but no ceremony", []string{"audit", "verify", "--bundle", "b.json", "--beacon1", "0x" + strings.Repeat("ab", 32)}, 2},
		{"verify with a beacon that is not hex", []string{"audit", "verify", "--bundle", "b.json", "--ceremony", "c", "--beacon2", "block 12"}, 2},
		{"export with no output file", []string{"audit", "export", "--rpc", "sim", "--registry", "0x01"}, 2},
		{"export from a node that can not be reached", []string{"audit", "export", "--rpc", "http://x", "--registry", "0x0000000000000000000000000000000000000001", "--out", filepath.Join(t.TempDir(), "b.json")}, 1},
	}
	for _, c := range cases {
		t.Run(c.name+" exits "+string(rune('0'+c.want)), func(t *testing.T) {
			if code, _, stderr := runCLI(t, c.args...); code != c.want {
				t.Fatalf("exit %d; want %d: %s", code, c.want, stderr)
			}
		})
	}
}

func TestAuditChainCommandsHaveHelpWithExamplesAndExitCodes(t *testing.T) {
	for _, args := range [][]string{{"audit", "verify"}, {"audit", "export"}} {
		code, stdout, _ := runCLI(t, append(args, "--help")...)
		if code != 0 || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "Exit status") && args[1] == "verify" {
			t.Errorf("%v --help: exit %d\n%s", args, code, stdout)
		}
	}
	code, stdout, _ := runCLI(t, "audit", "verify", "--help")
	for _, want := range []string{"10 ", "11 ", "12 ", "13 ", "14 ", "15 ", "16 ", "17 ", "18 ", "19 ", "20 ", "21 "} {
		if code != 0 || !strings.Contains(stdout, "\n  "+want) {
			t.Errorf("verify --help does not document exit code %s", want)
		}
	}
}

func TestAuditVerifyRecomputesFromTheOnshoreLedger(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates and seals a day, sets up capacity-64 keys and proves; skipped in -short")
	}
	ctx := context.Background()
	data, epoch := proveTestLedger(t)
	keysDir := filepath.Join(t.TempDir(), "keys")
	set, _, err := keys.Setup(ctx, keysDir, proveTestCapacity, keys.KindDev, keys.Options{})
	if err != nil {
		t.Fatal(err)
	}
	proof := filepath.Join(t.TempDir(), "proof.json")
	if code, stdout, stderr := runCLI(t, "prove", "--data", data, "--pool", "shenzhen-north", "--epoch", strconv.FormatInt(epoch, 10),
		"--keys", keysDir, "--out", proof); code != 0 {
		t.Fatalf("prove: exit %d\n%s%s", code, stdout, stderr)
	}
	pf, err := os.Open(proof)
	if err != nil {
		t.Fatal(err)
	}
	honest, err := bundle.Decode(pf)
	pf.Close()
	if err != nil {
		t.Fatal(err)
	}
	// forged proves other records of the same pool and epoch: a valid proof
	// the committee signed, which only the onshore records contradict.
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := sim.EpochEvents("shenzhen-north", p, uint64(epoch), 20, 6, 9)
	if err != nil {
		t.Fatal(err)
	}
	forged, err := chaintest.ProveEpoch(ctx, set, "shenzhen-north", p, uint64(epoch), evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		b    *bundle.Bundle
		want int
	}{
		{"the ledger's own epoch passes", honest, 0},
		{"an epoch the ledger's records contradict exits 15", forged, audit.ExitOnshore},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := audittest.Deploy(ctx, set, "shenzhen-north", uint64(epoch))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Sim.Close()
			d, err := f.Sign(c.b, 0)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Submit(ctx, d); err != nil {
				t.Fatal(err)
			}
			useChain(t, f)
			code, stdout, stderr := runCLI(t, "audit", "verify", "--rpc", "sim", "--registry", f.Addrs.Registry.Hex(), "--vk", keysDir, "--data", data)
			if code != c.want {
				t.Fatalf("exit %d; want %d\n%s%s", code, c.want, stdout, stderr)
			}
			t.Log(strings.TrimSpace(stdout))
		})
	}
}
