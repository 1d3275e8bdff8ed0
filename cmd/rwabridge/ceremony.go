package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

func init() { register(newCeremonyCmd) }

// Exit codes of rwabridge ceremony: one per named error of the ceremony.
var ceremonyExits = []struct {
	err  error
	code int
}{
	{ceremony.ErrNotFound, 3},
	{ceremony.ErrMalformed, 4},
	{ceremony.ErrTruncated, 5},
	{ceremony.ErrWrongCircuit, 6},
	{ceremony.ErrWrongCeremony, 7},
	{ceremony.ErrWrongPredecessor, 8},
	{ceremony.ErrReplayed, 9},
	{ceremony.ErrTampered, 10},
	{ceremony.ErrInvalidContribution, 11},
	{ceremony.ErrSignature, 12},
	{ceremony.ErrNotParticipant, 13},
	{ceremony.ErrPhase, 14},
	{ceremony.ErrBeacon, 15},
	{ceremony.ErrKeysMismatch, 16},
	{ceremony.ErrPhase2Init, 16},
	{ceremony.ErrLedgerLog, 17},
	{ceremony.ErrPtau, 18},
	{ceremony.ErrSRS, 18},
}

const ceremonyExitHelp = `Exit codes: 0 success; 1 other errors; 2 bad flags; 3 no ceremony or a missing
file; 4 a malformed file; 5 a truncated file; 6 a ceremony for another circuit
(version, capacity) than this build's; 7 a contribution signed for another
ceremony; 8 a contribution built on the wrong predecessor; 9 a replayed
contribution (or an org contributing twice to a phase); 10 a contribution file
whose bytes are not what its org signed (tampered); 11 a signed contribution
whose proof of update fails; 12 a missing or wrong signature; 13 an org the
plan does not list; 14 a step the ceremony's state does not allow; 15 a beacon
other than the announced one; 16 keys (or a phase result) that the transcript
does not produce; 17 the ledger's log disagrees with the transcript; 18 an
imported phase 1 that is unusable.`

func ceremonyExit(err error) error {
	for _, x := range ceremonyExits {
		if errors.Is(err, x.err) {
			return exitCode(x.code, err)
		}
	}
	return exitCode(1, err)
}

func newCeremonyCmd() *cobra.Command {
	return groupCmd(&cobra.Command{
		Use:   "ceremony",
		Short: "Make production Groth16 keys in a multi-party ceremony among the consortium's orgs",
		Long: `ceremony runs gnark's two-phase Groth16 MPC (backend/groth16/bn254/mpcsetup) for
the summary circuit at one chunk capacity. Its keys can be forged only if every
org that contributed colludes (and the closing beacons were known in advance):
one honest org suffices.

A ceremony is a directory passed from org to org (by hand, a shared drive, …):

  ceremony.json                the plan: circuit, capacity, the orgs and their
                               signing addresses, where each beacon will come from.
                               Its SHA-256 is the ceremony's id; every
                               contribution signs it.
  phase1/0001-Org1MSP.ph1      powers of tau, one contribution per org, each with
  phase1/0001-Org1MSP.json     its statement signed by the org's key
  phase1/srs.bin, seal.json    the sealed powers of tau (after close)
  phase2/0000-initial.ph2      the circuit's initial phase 2 state, and
  phase2/evaluations.bin       the circuit's evaluations over the SRS
  phase2/0001-Org1MSP.ph2 …    one contribution per org, signed
  keys/summary-C.*             the keys (after close): kind mpc-ceremony

Steps: init (once, anyone) → contribute (each org, on its own machine, phase 1)
→ close --beacon (phase 1) → contribute (each org, phase 2) → close --beacon
(phase 2: writes the keys) → verify (anyone). Whoever passes the directory on
can drop a contribution but not forge one: each is signed, chained to the one
before, and (with a ledger) logged on the onshore ledger by the org itself.

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony init --dir /srv/ceremony --capacity 1024 \
      --participant OperatorMSP=0x1111…11 --participant AuditorMSP=0x2222…22 --participant CustodianMSP=0x3333…33 \
      --beacon1 "hash of Ethereum block 24100000" --beacon2 "hash of Ethereum block 24150000"
  rwabridge ceremony contribute --dir /srv/ceremony --attest-config /etc/rwabridge/attest-auditor.yaml
  rwabridge ceremony close --dir /srv/ceremony --beacon 0x<hash of block 24100000>
  rwabridge ceremony verify --dir /srv/ceremony --beacon1 0x… --beacon2 0x…`,
	}, "init, contribute, record, close, verify or status",
		newCeremonyInitCmd(), newCeremonyContributeCmd(), newCeremonyRecordCmd(), newCeremonyCloseCmd(), newCeremonyVerifyCmd(), newCeremonyStatusCmd())
}

// ceremonyProgress reports a ceremony step's stages with their times.
func ceremonyProgress(cmd *cobra.Command) (ceremony.Options, func()) {
	st := newStages(progressOf(cmd), "ceremony "+cmd.Name())
	return ceremony.Options{Progress: st.start}, st.finish
}

func newCeremonyInitCmd() *cobra.Command {
	var (
		dir, beacon1, beacon2, ptau, srs, source string
		capacity                                 int
		participants                             []string
	)
	cmd := &cobra.Command{
		Use:   "init --dir DIR --capacity C --participant ORG=ADDRESS... --beacon1 SOURCE --beacon2 SOURCE",
		Short: "Start a ceremony: the plan every contribution signs",
		Long: `init writes the ceremony's plan into DIR (which must not exist or be empty): the
summary circuit of this build at capacity C (its constraint system's hash), the
orgs that may contribute with the address of the key each signs with (its
attestor key: the address the L2 committee lists), and where each phase's
closing beacon will come from. Name a beacon source whose value nobody can know
before the phase's last contribution, e.g. the hash of an Ethereum block a few
days ahead; close takes the value once it exists.

--import-ptau FILE takes phase 1 from a snarkjs powers-of-tau file (e.g. the
Perpetual Powers of Tau, power ≥ log2 of the domain), --import-srs FILE from a
sealed gnark phase 1; --beacon1 is then not used. The powers of tau are checked
(same-ratio checks), cut to the circuit's domain, and phase 2 is initialized
at once: at capacity 1024 that takes about 8 minutes on two cores.

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony init --dir ceremony-1024 --capacity 1024 \
      --participant OperatorMSP=0x5B38Da6a701c568545dCfcB03FcB875f56beddC4 \
      --participant AuditorMSP=0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2 \
      --participant CustodianMSP=0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db \
      --beacon1 "hash of Ethereum block 24100000" --beacon2 "hash of Ethereum block 24150000"
  rwabridge ceremony init --dir ceremony-1024 --capacity 1024 --participant … \
      --import-ptau powersOfTau28_hez_final_18.ptau --import-source "Perpetual Powers of Tau, final, power 18" \
      --beacon2 "hash of Ethereum block 24150000"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return exitCode(2, errors.New("missing --dir: name a new directory for the ceremony"))
			}
			if ptau != "" && srs != "" {
				return exitCode(2, errors.New("give at most one of --import-ptau and --import-srs"))
			}
			o := ceremony.InitOptions{Capacity: capacity, Phase1Beacon: beacon1, Phase2Beacon: beacon2}
			for _, p := range participants {
				org, addr, ok := strings.Cut(p, "=")
				if !ok {
					return exitCode(2, fmt.Errorf("--participant %q: want ORG=0xADDRESS (the MSP id and its signing key's address)", p))
				}
				o.Participants = append(o.Participants, ceremony.Participant{Org: strings.TrimSpace(org), Address: strings.TrimSpace(addr)})
			}
			switch {
			case ptau != "":
				o.Import = &ceremony.ImportFile{Kind: "ptau", Path: ptau, Source: source}
			case srs != "":
				o.Import = &ceremony.ImportFile{Kind: "gnark", Path: srs, Source: source}
			}
			opts, done := ceremonyProgress(cmd)
			o.Options = opts
			t, err := ceremony.Init(cmd.Context(), dir, o)
			done()
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony init: %w", err))
			}
			w := cmd.OutOrStdout()
			p := t.Plan
			fmt.Fprintf(w, "ceremony %s started in %s\n", t.ID, dir)
			fmt.Fprintf(w, "  circuit summary v%d at capacity %d: %d constraints, domain 2^%d, constraint system sha256 %s\n",
				p.CircuitVersion, p.Capacity, p.Constraints, log2(p.Domain), p.CCSSHA256)
			for _, x := range p.Participants {
				fmt.Fprintf(w, "  participant %s signing as %s\n", x.Org, x.Address)
			}
			if p.Phase1Import != nil {
				fmt.Fprintf(w, "  phase 1 imported from %s (%s, sha256 %s): phase 2 is open\n", p.Phase1Import.Source, p.Phase1Import.Kind, p.Phase1Import.SHA256)
			} else {
				fmt.Fprintf(w, "  phase 1 beacon: %s\n", p.Beacons.Phase1)
			}
			fmt.Fprintf(w, "  phase 2 beacon: %s\n", p.Beacons.Phase2)
			fmt.Fprintf(w, "next: each org runs rwabridge ceremony contribute --dir %s … on its own machine\n", dir)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "the new ceremony's directory")
	f.IntVar(&capacity, "capacity", 1024, "records per chunk: the circuit's capacity, a power of two")
	f.StringArrayVar(&participants, "participant", nil, "ORG=0xADDRESS: an org that may contribute and its signing address (repeat; at least 2)")
	f.StringVar(&beacon1, "beacon1", "", "where phase 1's closing beacon will come from (a value unknown until after the last contribution)")
	f.StringVar(&beacon2, "beacon2", "", "where phase 2's closing beacon will come from")
	f.StringVar(&ptau, "import-ptau", "", "take phase 1 from this snarkjs .ptau file")
	f.StringVar(&srs, "import-srs", "", "take phase 1 from this sealed gnark SRS (SrsCommons encoding)")
	f.StringVar(&source, "import-source", "", "what the imported file is, for the record (default: its path)")
	addProgressFlag(cmd)
	return cmd
}

func log2(n uint64) int {
	k := 0
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}

// contributor is who contributes: from an attestor config, or from flags.
type contributor struct {
	attestConfig, org, keyFile, passwordFile string
	ledgerConfig, data                       string
	noLedger                                 bool
}

func (c *contributor) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&c.attestConfig, "attest-config", "", "the org's attestor config: its org, key and ledger view")
	f.StringVar(&c.org, "org", "", "the org's MSP id (without --attest-config)")
	f.StringVar(&c.keyFile, "key", "", "the org's signing key: a 0600 hex key file or a keystore file (without --attest-config)")
	f.StringVar(&c.passwordFile, "password-file", "", "the keystore's password file")
	f.StringVar(&c.data, "data", "", "record the contribution on the embedded ledger of this data directory")
	f.StringVar(&c.ledgerConfig, "ledger-config", "", "record the contribution on the ledger this connection file names (Fabric)")
	f.BoolVar(&c.noLedger, "no-ledger", false, "with --attest-config: do not record the contribution on the ledger")
}

// load returns the org, its key and its ledger access (nil: none), after
// checking that the ceremony's --dir is given.
func (c *contributor) load(dir string) (string, *ecdsa.PrivateKey, *backend.Access, error) {
	if dir == "" {
		return "", nil, nil, exitCode(2, errors.New("missing --dir: the ceremony's directory"))
	}
	if c.attestConfig != "" {
		if c.org != "" || c.keyFile != "" || c.data != "" || c.ledgerConfig != "" {
			return "", nil, nil, exitCode(2, errors.New("--attest-config names the org, key and ledger: give no --org, --key, --data or --ledger-config with it"))
		}
		cfg, err := attest.LoadConfig(c.attestConfig)
		if err != nil {
			return "", nil, nil, exitCode(2, err)
		}
		key, err := ethkey.Load(cfg.Key)
		if err != nil {
			return "", nil, nil, exitCode(2, err)
		}
		if c.noLedger {
			return cfg.Org, key, nil, nil
		}
		return cfg.Org, key, &cfg.Ledger, nil
	}
	if c.org == "" || c.keyFile == "" {
		return "", nil, nil, exitCode(2, errors.New("name the contributing org: --attest-config FILE, or --org MSPID --key FILE"))
	}
	key, err := ethkey.Load(ethkey.Source{File: c.keyFile, PasswordFile: c.passwordFile})
	if err != nil {
		return "", nil, nil, exitCode(2, err)
	}
	if c.data != "" && c.ledgerConfig != "" {
		return "", nil, nil, exitCode(2, errors.New("give at most one of --data and --ledger-config"))
	}
	if c.data == "" && c.ledgerConfig == "" {
		return c.org, key, nil, nil
	}
	return c.org, key, &backend.Access{Data: c.data, Config: c.ledgerConfig}, nil
}

func newCeremonyContributeCmd() *cobra.Command {
	var (
		dir string
		who contributor
	)
	cmd := &cobra.Command{
		Use:   "contribute --dir DIR (--attest-config FILE | --org MSPID --key FILE)",
		Short: "Add this org's contribution to the ceremony's open phase",
		Long: `contribute reads the latest contribution of the open phase (checking its hash and
its org's signature), adds fresh randomness from this machine's crypto/rand,
writes the new contribution and a statement signed with the org's key, and
forgets the randomness. Run it on the org's own machine, then pass the
directory on. It does not verify the earlier contributions' proofs: verify does.

With --attest-config the org, its key and its ledger view come from its attestor
config, and the contribution's hash is recorded on the onshore ledger under the
org's own identity (--no-ledger skips that); with --org and --key, --data or
--ledger-config names the ledger to record on.

At capacity 1024 a contribution takes about 100 s in phase 1 (48 MB file) and
15 s in phase 2 (13 MB).

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony contribute --dir /mnt/usb/ceremony-1024 --attest-config /etc/rwabridge/attest-custodian.yaml
  rwabridge ceremony contribute --dir ceremony-1024 --org AuditorMSP --key auditor.key --data /var/lib/rwabridge`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			org, key, access, err := who.load(dir)
			if err != nil {
				return err
			}
			opts, done := ceremonyProgress(cmd)
			began := time.Now()
			e, err := ceremony.Contribute(cmd.Context(), dir, ceremony.ContributeOptions{Options: opts, Org: org, Key: key})
			done()
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony contribute: %w", err))
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s contributed to phase %d as contribution %d in %s\n  file %s sha256 %s\n  builds on %s, signed by %s\n",
				e.Org, e.Phase, e.Index, time.Since(began).Round(time.Second), e.Path, e.Contribution, e.Previous, e.Signer)
			if access == nil {
				fmt.Fprintln(w, "  not recorded on a ledger (no --attest-config, --data or --ledger-config)")
				return nil
			}
			if err := recordContribution(cmd, w, *access, e); err != nil {
				return fmt.Errorf("ceremony contribute: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "the ceremony's directory")
	who.addFlags(cmd)
	addProgressFlag(cmd)
	return cmd
}

func newCeremonyRecordCmd() *cobra.Command {
	var (
		dir string
		who contributor
	)
	cmd := &cobra.Command{
		Use:   "record --dir DIR (--attest-config FILE | --org MSPID --key FILE --data DIR)",
		Short: "Record this org's contributions on the onshore ledger (when contribute could not)",
		Long: `record logs the org's contributions already in the transcript on the onshore
ledger under the org's own identity, as contribute does after contributing: for
when the ledger was unreachable then, or the contribution was made without one.
Recording one already on the ledger changes nothing. The key must be the one the
plan lists for the org, and each contribution's statement must carry its valid
signature.

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony record --dir ceremony-1024 --attest-config /etc/rwabridge/attest-auditor.yaml`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			org, key, access, err := who.load(dir)
			if err != nil {
				return err
			}
			if access == nil {
				return exitCode(2, errors.New("name the ledger: --attest-config (its ledger), --data or --ledger-config"))
			}
			entries, err := ceremony.OwnEntries(dir, org, key)
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony record: %w", err))
			}
			w := cmd.OutOrStdout()
			for i := range entries {
				e := &entries[i]
				fmt.Fprintf(w, "%s's contribution %d of phase %d (sha256 %s)\n", e.Org, e.Index, e.Phase, e.Contribution)
				if err := recordContribution(cmd, w, *access, e); err != nil {
					return fmt.Errorf("ceremony record: %w", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the ceremony's directory")
	who.addFlags(cmd)
	return cmd
}

func newCeremonyCloseCmd() *cobra.Command {
	var dir, beacon string
	cmd := &cobra.Command{
		Use:   "close --dir DIR --beacon 0xHEX",
		Short: "Close the open phase with its announced beacon (phase 2: write the keys)",
		Long: `close applies the open phase's beacon — the value of the source the plan
announced, published after the phase's last contribution — as a final public
contribution anyone can recompute. Closing phase 1 seals the powers of tau and
initializes phase 2 for the circuit (at capacity 1024 about 8 minutes of point
FFTs on two cores). Closing phase 2 seals the keys and writes them into DIR/keys
as a key set of kind mpc-ceremony, which prove, offshore deploy, audit and the
investor view take like any key set. A phase closes after at least two orgs
contributed to it.

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony close --dir ceremony-1024 --beacon 0x8f3c…(32 bytes: the announced block's hash)`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return exitCode(2, errors.New("missing --dir: the ceremony's directory"))
			}
			b, err := field.DecodeHex(beacon, 16, 64)
			if err != nil {
				return exitCode(15, fmt.Errorf("--beacon: %w (the announced source's value, 0x-hex, e.g. a 32-byte block hash)", err))
			}
			opts, done := ceremonyProgress(cmd)
			s, err := ceremony.Close(cmd.Context(), dir, b, opts)
			done()
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony close: %w", err))
			}
			w := cmd.OutOrStdout()
			if s.Phase == 1 {
				fmt.Fprintf(w, "phase 1 closed with beacon %s (%s): srs sha256 %s\nphase 2 is open: each org runs rwabridge ceremony contribute --dir %s … again\n", s.Beacon, s.Source, s.Result, dir)
				return nil
			}
			fmt.Fprintf(w, "phase 2 closed with beacon %s (%s)\nkeys of kind %s in %s: vk_hash %s\nnext: rwabridge ceremony verify --dir %s (anyone), then deploy the verifier with these keys\n",
				s.Beacon, s.Source, keys.KindCeremony, filepath.Join(dir, ceremony.KeysDir), s.Result, dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the ceremony's directory")
	cmd.Flags().StringVar(&beacon, "beacon", "", "the beacon value: the announced source's value, 0x-hex (16–64 bytes)")
	addProgressFlag(cmd)
	return cmd
}

func newCeremonyVerifyCmd() *cobra.Command {
	var (
		dir, beacon1, beacon2, keyDir, data, ledgerConfig string
		recompute, asJSON                                 bool
	)
	cmd := &cobra.Command{
		Use:   "verify --dir DIR [--beacon1 0xHEX] [--beacon2 0xHEX]",
		Short: "Verify a ceremony's whole transcript and the keys it gives",
		Long: `verify checks everything, trusting nobody who handled the files: the plan
against the circuit this build compiles; every contribution's signature (by the
key the plan lists for its org), its file's hash, its place in the chain and its
proof of update; each phase's closing beacon (against --beacon1/--beacon2, the
values you looked up yourself from the sources the plan announced); phase 2's
initial state against the circuit and the sealed powers of tau; and that the
keys are the ones the transcript produces (DIR/keys, or the key set in --keys
DIR). Given a --keys DIR without a ceremony key set in it, verify writes there
the keys it derived itself: a key set prove and deploy can use.

With --data or --ledger-config it also reads the ceremony's log on the onshore
ledger and requires it to hold exactly the transcript's contributions, each
recorded by its own org.

An unfinished ceremony is verified as far as it goes. At capacity 1024 a
three-org transcript takes a few minutes on two cores (--recompute-init
re-runs phase 2's initialization instead of checking it: about 8 minutes more).

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony verify --dir ceremony-1024 --beacon1 0x… --beacon2 0x…
  rwabridge ceremony verify --dir ceremony-1024 --beacon1 0x… --beacon2 0x… --keys /tmp/verified-keys --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return exitCode(2, errors.New("missing --dir: the ceremony's directory"))
			}
			o := ceremony.VerifyOptions{Beacons: map[int][]byte{}, RecomputeInit: recompute}
			// --keys: compared when it holds the ceremony's key set, else
			// where the derived keys are written (as setup --keys reuses or
			// writes).
			var out string
			if keyDir != "" {
				plan, _, err := ceremony.ReadPlan(dir)
				if err != nil {
					return ceremonyExit(fmt.Errorf("ceremony verify: %w", err))
				}
				if _, err := keys.ReadMetadata(keyDir, plan.Capacity, keys.KindCeremony); errors.Is(err, keys.ErrNotFound) {
					out = keyDir
				} else {
					o.Keys = keyDir
				}
			}
			for phase, v := range map[int]string{1: beacon1, 2: beacon2} {
				if v == "" {
					continue
				}
				b, err := field.DecodeHex(v, 16, 64)
				if err != nil {
					return exitCode(15, fmt.Errorf("--beacon%d: %w", phase, err))
				}
				o.Beacons[phase] = b
			}
			opts, done := ceremonyProgress(cmd)
			o.Options = opts
			res, err := ceremony.Verify(cmd.Context(), dir, o)
			done()
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony verify: %w", err))
			}
			var logged *ledgerLogCheck
			if data != "" || ledgerConfig != "" {
				if logged, err = checkCeremonyLog(cmd, data, ledgerConfig, res.Transcript); err != nil {
					return err
				}
			}
			if out != "" {
				if !res.Complete {
					return ceremonyExit(fmt.Errorf("ceremony verify: --keys: %w: the ceremony has no keys yet (phase %d is open)", ceremony.ErrPhase, res.Transcript.OpenPhase()))
				}
				if err := ceremony.WriteKeys(res, out); err != nil {
					return ceremonyExit(fmt.Errorf("ceremony verify: --keys: %w", err))
				}
			}
			if asJSON {
				return writeCeremonyJSON(cmd.OutOrStdout(), res, logged, out)
			}
			printCeremony(cmd.OutOrStdout(), res, logged, out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "the ceremony's directory")
	f.StringVar(&beacon1, "beacon1", "", "phase 1's beacon value you looked up from the announced source (0x-hex)")
	f.StringVar(&beacon2, "beacon2", "", "phase 2's beacon value you looked up from the announced source (0x-hex)")
	f.StringVar(&keyDir, "keys", "", "a key set directory: the keys in it must be the ones the transcript gives; without a ceremony key set in it, verify writes the keys it derived there (default: compare DIR/keys)")
	f.StringVar(&data, "data", "", "check the ceremony's log on the embedded ledger of this data directory")
	f.StringVar(&ledgerConfig, "ledger-config", "", "check the ceremony's log on the ledger this connection file names")
	f.BoolVar(&recompute, "recompute-init", false, "recompute phase 2's initial state instead of checking it (slower)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	addProgressFlag(cmd)
	return cmd
}

func newCeremonyStatusCmd() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "status --dir DIR",
		Short: "Show a ceremony's state: who contributed, which phase is open, what comes next",
		Long: `status reads the plan, the statements and the seals (no cryptography: verify
checks it) and says what the ceremony is waiting for.

` + ceremonyExitHelp,
		Example: `  rwabridge ceremony status --dir ceremony-1024`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return exitCode(2, errors.New("missing --dir: the ceremony's directory"))
			}
			t, err := ceremony.Open(dir)
			if err != nil {
				return ceremonyExit(fmt.Errorf("ceremony status: %w", err))
			}
			w := cmd.OutOrStdout()
			printPlan(w, t)
			for phase := 1; phase <= 2; phase++ {
				printPhase(w, t, phase, "contributed")
			}
			switch t.OpenPhase() {
			case 0:
				fmt.Fprintf(w, "finished: keys in %s; anyone can check them with rwabridge ceremony verify --dir %s\n", filepath.Join(dir, ceremony.KeysDir), dir)
			default:
				p := t.OpenPhase()
				var waiting []string
				for _, x := range t.Plan.Participants {
					if !contributed(t.Entries(p), x.Org) {
						waiting = append(waiting, x.Org)
					}
				}
				fmt.Fprintf(w, "phase %d open: %d contribution(s); not yet: %s; it closes (rwabridge ceremony close --beacon …) after at least 2\n",
					p, len(t.Entries(p)), orNone(waiting))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the ceremony's directory")
	return cmd
}

func contributed(es []ceremony.Entry, org string) bool {
	for _, e := range es {
		if e.Org == org {
			return true
		}
	}
	return false
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

func printPlan(w io.Writer, t *ceremony.Transcript) {
	p := t.Plan
	fmt.Fprintf(w, "ceremony %s: summary v%d at capacity %d (%d constraints, domain 2^%d)\n", t.ID, p.CircuitVersion, p.Capacity, p.Constraints, log2(p.Domain))
	var orgs []string
	for _, x := range p.Participants {
		orgs = append(orgs, x.Org+" "+x.Address)
	}
	fmt.Fprintf(w, "participants: %s\n", strings.Join(orgs, "; "))
}

func printPhase(w io.Writer, t *ceremony.Transcript, phase int, verb string) {
	if phase == 1 && t.Plan.Phase1Import != nil {
		imp := t.Plan.Phase1Import
		fmt.Fprintf(w, "phase 1: imported %s file %s (sha256 %s)\n", imp.Kind, imp.Source, imp.SHA256)
		return
	}
	es := t.Entries(phase)
	fmt.Fprintf(w, "phase %d: %d contribution(s) %s\n", phase, len(es), verb)
	for _, e := range es {
		fmt.Fprintf(w, "  %d  %-14s %s  sha256 %s\n", e.Index, e.Org, e.Signer, e.Contribution)
	}
	seal := t.Phase1Seal
	if phase == 2 {
		seal = t.Phase2Seal
	}
	if seal != nil {
		fmt.Fprintf(w, "  closed %s with beacon %s (announced: %s)\n", seal.Closed.Format(time.RFC3339), seal.Beacon, seal.Source)
	}
}

func printCeremony(w io.Writer, res *ceremony.Result, logged *ledgerLogCheck, out string) {
	t := res.Transcript
	printPlan(w, t)
	for phase := 1; phase <= 2; phase++ {
		if phase == 2 && t.OpenPhase() == 1 {
			break
		}
		printPhase(w, t, phase, "verified")
	}
	for _, u := range res.Unchecked {
		fmt.Fprintf(w, "NOT CHECKED: %s (pass --beacon1/--beacon2)\n", u)
	}
	if logged != nil {
		fmt.Fprintf(w, "ledger log: %d contribution(s), each recorded by its own org, exactly the transcript's\n", logged.Entries)
	}
	if !res.Complete {
		fmt.Fprintf(w, "OK so far: phase %d is open, no keys yet\n", t.OpenPhase())
		return
	}
	fmt.Fprintf(w, "keys: vk_hash %s", res.VKHash)
	if res.KeysChecked != "" {
		fmt.Fprintf(w, " (the key set in %s is exactly these keys)", res.KeysChecked)
	}
	fmt.Fprintln(w)
	if out != "" {
		fmt.Fprintf(w, "wrote the derived keys into %s\n", out)
	}
	fmt.Fprintf(w, "OK: keys from a ceremony of %d orgs: %s\n", len(res.Info.Orgs()), strings.Join(res.Info.Orgs(), ", "))
}

func writeCeremonyJSON(w io.Writer, res *ceremony.Result, logged *ledgerLogCheck, out string) error {
	doc := struct {
		Ceremony    field.Digest       `json:"ceremony"`
		Plan        *ceremony.Plan     `json:"plan"`
		Complete    bool               `json:"complete"`
		OpenPhase   int                `json:"open_phase"`
		Info        *keys.CeremonyInfo `json:"contributions"`
		Unchecked   []string           `json:"unchecked"`
		VKHash      *field.Digest      `json:"vk_hash"`
		KeysChecked string             `json:"keys_checked,omitempty"`
		Written     string             `json:"keys_written,omitempty"`
		LedgerLog   *ledgerLogCheck    `json:"ledger_log,omitempty"`
	}{Ceremony: res.Transcript.ID, Plan: res.Transcript.Plan, Complete: res.Complete, OpenPhase: res.Transcript.OpenPhase(),
		Info: res.Info, Unchecked: res.Unchecked, KeysChecked: res.KeysChecked, Written: out, LedgerLog: logged}
	if doc.Unchecked == nil {
		doc.Unchecked = []string{}
	}
	if res.Complete {
		doc.VKHash = &res.VKHash
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
