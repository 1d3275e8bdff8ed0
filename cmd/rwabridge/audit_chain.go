package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

func init() {
	auditSubcommands = append(auditSubcommands, newAuditVerifyCmd, newAuditExportCmd)
}

// auditDial opens a JSON-RPC connection; tests replace it with an
// in-process chain.
var auditDial = func(ctx context.Context, url string) (audit.Chain, func(), error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	return c, c.Close, nil
}

const auditExitTable = `Exit status: 0 every disclosure verified; 1 the chain, a file or the key could
not be read; 2 usage (also: no verifying key to check proofs with: a verifier
that returns none and no --vk; a --pool the registry never configured); and, for the first failing disclosure:
  10 a chunk proof does not verify (gnark, public inputs recomputed)
  11 the verifying key's hash is not the on-chain verifier's vkHash(): the key
     rebuilt from its verifyingKey(), or the --vk key file (or the registry's
     initial accumulator is not the circuit's)
  12 the policy hash is not one of the known policies, or an undisclosed
     metric is not 0
  13 the signatures are not a quorum of the committee in force at that block
  14 the DisclosureAccepted log does not match the transaction's calldata
  15 (with --data or --ledger-config) the onshore ledger's raw records do not
     give the disclosed root, chunk roots or metrics
  16 malformed evidence: it does not decode, breaks a size limit or
     contradicts itself (raw transaction, tx hash, decoded values)
  17 the chunk roots do not hash to the signed chunkRootsHash, or the epoch
     root is not the tree over them
  18 (after the disclosures, which all verified) the evidence leaves out a
     disclosure the registry holds in the blocks it names: a pool's events do
     not chain (each names the epoch before it), or they end before the pool's
     latest epoch at the last block
  19 (--ceremony) the ceremony's transcript does not verify, or is unfinished:
     the message names the ceremony's error (tampered contribution, wrong
     predecessor, bad signature, a beacon other than --beacon1/--beacon2, …)
  20 (--ceremony, or a --vk key set of kind mpc-ceremony) a verifier of an
     audited pool, the one it was configured with or one an upgrade named,
     pins a key other than the ceremony's: the message names it and its pool
  21 (--ceremony or a ceremony's --vk, with --data or --ledger-config) the
     onshore ledger's ceremony log disagrees with the ceremony's contributors`

type auditSourceFlags struct {
	rpc, registry, vk string
	fromBlock         uint64
}

func (s *auditSourceFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&s.rpc, "rpc", "", "JSON-RPC URL of the L2 node")
	f.StringVar(&s.registry, "registry", "", "DisclosureRegistry address")
	f.Uint64Var(&s.fromBlock, "from-block", 0, "first block to search for logs (the registry's deployment block)")
	f.StringVar(&s.vk, "vk", "", "key directory or .vk file (with its .json metadata beside it); optional: by default the key is read from the verifier contract (verifyingKey(), checked against vkHash()); when given it must match")
}

// loadKey reads --vk, printing the insecure-key warning.
func (s *auditSourceFlags) loadKey(cmd *cobra.Command) (*keyFile, error) {
	if s.vk == "" {
		return nil, nil
	}
	vk, meta, err := keys.LoadVK(s.vk)
	if err != nil {
		return nil, exitCode(audit.ExitIO, fmt.Errorf("--vk %s: %w", s.vk, err))
	}
	if meta.Insecure {
		fmt.Fprintln(cmd.ErrOrStderr(), keys.Warning)
	}
	return &keyFile{path: s.vk, vk: vk, meta: meta}, nil
}

type keyFile struct {
	path string
	vk   groth16.VerifyingKey
	meta *keys.Metadata
}

// collect reads the evidence from the chain.
func (s *auditSourceFlags) collect(ctx context.Context, key *keyFile) (*audit.Evidence, error) {
	if !common.IsHexAddress(s.registry) {
		return nil, fmt.Errorf("--registry %q is not an address", s.registry)
	}
	c, closeFn, err := auditDial(ctx, s.rpc)
	if err != nil {
		return nil, exitCode(audit.ExitIO, fmt.Errorf("dial %s: %w", s.rpc, err))
	}
	defer closeFn()
	opts := audit.CollectOptions{FromBlock: s.fromBlock}
	if key != nil {
		opts.VK, opts.Capacity = key.vk, key.meta.Capacity
	}
	e, err := audit.Collect(ctx, c, common.HexToAddress(s.registry), opts)
	if err != nil {
		return nil, exitCode(audit.ExitIO, err)
	}
	return e, nil
}

func newAuditVerifyCmd() *cobra.Command {
	var src auditSourceFlags
	var cer auditCeremonyFlags
	var bundlePath, policiesDir, dataDir, ledgerConfig string
	var pools []string
	var fromEpoch uint64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "verify (--rpc URL --registry ADDR | --bundle FILE) [--vk DIR] [--ceremony DIR [--beacon1 0xHEX] [--beacon2 0xHEX]] [--policies DIR] [--pool P]... [--from-epoch E] [--data DIR | --ledger-config F] [--json]",
		Short: "Re-verify every disclosure a registry accepted, trusting nothing",
		Long: `verify re-checks every DisclosureAccepted log of a DisclosureRegistry, read
from a node (--rpc, --registry) or from an evidence bundle written by
rwabridge audit export (--bundle, no network at all). For each disclosure it
decodes the transaction's calldata (submitDisclosure or
submitSingleChunkDisclosure) and checks: the log's figures against the
calldata; the chunk roots against the signed chunkRootsHash and the epoch root
(a Poseidon2 tree over them); the policy hash against the known policies
(--policies, default the embedded ones); the signatures against the
committee in force at that block (CommitteeSet history: threshold, members,
strictly ascending, low s); the verifying key's hash against the pool's
verifier's vkHash(); and every chunk proof, with gnark, against public inputs
recomputed from the decoded values (never the registry's publicInputs view).

The verifying key needs no file: it is read from the pool's verifier contract
(verifyingKey(), the 40 words it was deployed with), rebuilt, and its hash
checked against the contract's vkHash() (exit 11 if not). --vk DIR is
optional: the key file is then used instead and must hash to vkHash() too
(exit 11 if not); its metadata adds the chunk capacity, with which the epoch
root of a multi-chunk epoch is recomputed and the onshore check runs.

An auditor org with onshore access adds --data DIR (the embedded ledger) or
--ledger-config FILE (a Fabric peer): every disclosure that passed is then
recomputed from the ledger's raw records (commitment root, record count,
chunk roots, disclosed metrics, at the key's chunk capacity) and compared.

Keys from a multi-party ceremony: --ceremony DIR verifies the ceremony's
transcript first (as rwabridge ceremony verify does, progress on stderr;
--beacon1/--beacon2 are the beacon values you looked up yourself from the
sources its plan announced: a beacon not given is reported as not checked),
then requires every verifier of the audited pools — the one each was
configured with and each one a VerifierUpgraded log names — to pin the
vk_hash the transcript produces. The report names how many orgs contributed
and who, per phase, the beacons, and which verifier of which pool pins that
vk_hash. With --data or --ledger-config the ceremony's log on the onshore
ledger must hold exactly the transcript's contributions. Without the
transcript, a --vk key set of kind mpc-ceremony names its ceremony: with
--data or --ledger-config its contributors are checked against the ledger's
log, else they are reported as the key set's unchecked claim. A development
key set keeps its INSECURE warning.

A bundle carries each verifier's key words (and, exported with --vk, the key
file), so --bundle needs no key file either. Offline, the bundle's committee
history, registry and vkHash are its roots of trust: compare them with the
chain.

Output: a table, one row per disclosure, with its verdict and the failing
check; --json for machines.

` + auditExitTable,
		Example: `  rwabridge audit verify --rpc http://127.0.0.1:8545 --registry 0x5FbD…
  rwabridge audit verify --rpc http://127.0.0.1:8545 --registry 0x5FbD… --vk /tmp/keys
  rwabridge audit verify --bundle evidence.json
  rwabridge audit verify --bundle evidence.json --vk /tmp/keys --policies policies/ --json
  rwabridge audit verify --rpc $L2 --registry 0x5FbD… --vk /tmp/keys --pool shenzhen-north --from-epoch 20400
  rwabridge audit verify --bundle evidence.json --vk /tmp/keys --ledger-config auditor-org.yaml
  rwabridge audit verify --rpc $L2 --registry 0x5FbD… --ceremony ceremony-1024 --beacon1 0x… --beacon2 0x…
  rwabridge audit verify --rpc $L2 --registry 0x5FbD… --vk ceremony-1024/keys --data /var/lib/rwabridge`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			online := src.rpc != "" || src.registry != ""
			if online == (bundlePath != "") || online && (src.rpc == "" || src.registry == "") {
				return errors.New("name the evidence: either --rpc URL --registry ADDR, or --bundle FILE")
			}
			opts := audit.Options{FromEpoch: fromEpoch}
			for _, pool := range pools {
				id := telemetry.PoolID(pool)
				if err := id.Validate(); err != nil {
					return fmt.Errorf("--pool: %w", err)
				}
				opts.Pools = append(opts.Pools, id.Field())
			}
			if policiesDir != "" {
				ps, err := policies.LoadDir(policiesDir)
				if err != nil {
					return exitCode(audit.ExitIO, fmt.Errorf("--policies: %w", err))
				}
				opts.Policies = audit.NewPolicies(ps)
			}
			key, err := src.loadKey(cmd)
			if err != nil {
				return err
			}
			if key != nil {
				opts.VK, opts.Capacity = key.vk, key.meta.Capacity
			}
			if opts.Ceremony, err = cer.ceremony(cmd, key, dataDir, ledgerConfig); err != nil {
				return err
			}
			var e *audit.Evidence
			if bundlePath != "" {
				if e, err = readEvidence(bundlePath); err != nil {
					return err
				}
			} else if e, err = src.collect(cmd.Context(), key); err != nil {
				return err
			}
			rep, err := audit.Verify(e, opts)
			switch {
			case errors.Is(err, audit.ErrNoKey):
				return fmt.Errorf("%w: add --vk DIR", err)
			case errors.Is(err, audit.ErrNoPool):
				return exitCode(2, err)
			case err != nil:
				_, code := audit.ClassName(err)
				return exitCode(code, err)
			}
			if dataDir != "" || ledgerConfig != "" {
				if err := checkOnshore(cmd.Context(), dataDir, ledgerConfig, rep, opts.Policies); err != nil {
					return err
				}
			}
			write := rep.WriteTable
			if asJSON {
				write = rep.WriteJSON
			}
			if err := write(cmd.OutOrStdout()); err != nil {
				return exitCode(audit.ExitIO, err)
			}
			if err := rep.Err(); err != nil {
				_, code := audit.ClassName(err)
				return exitCode(code, fmt.Errorf("%d of %d disclosures failed; first: %w", rep.Failed(), len(rep.Results), err))
			}
			return nil
		},
	}
	src.add(cmd)
	cer.add(cmd)
	f := cmd.Flags()
	f.StringVar(&bundlePath, "bundle", "", "evidence bundle (rwabridge audit export) to verify offline")
	f.StringVar(&policiesDir, "policies", "", "directory of known policy files (*.yaml); default the embedded policies")
	f.StringArrayVar(&pools, "pool", nil, "check only this pool's disclosures (repeatable)")
	f.Uint64Var(&fromEpoch, "from-epoch", 0, "check only epochs from this one on")
	f.BoolVar(&asJSON, "json", false, "print the verdicts as JSON")
	f.StringVar(&dataDir, "data", "", "data directory of the embedded onshore ledger (DIR/ledger): recompute from raw records")
	f.StringVar(&ledgerConfig, "ledger-config", "", "onshore ledger back end (see rwabridge prove --help): recompute from raw records")
	return cmd
}

// checkOnshore recomputes the passed disclosures from the onshore ledger.
func checkOnshore(ctx context.Context, dataDir, ledgerConfig string, rep *audit.Report, known audit.Policies) error {
	if known == nil {
		var err error
		if known, err = audit.EmbeddedPolicies(); err != nil {
			return exitCode(audit.ExitIO, err)
		}
	}
	conn, err := openLedgerConn(ledgerConfig, dataDir, slog.New(slog.NewTextHandler(io.Discard, nil)), "rwabridge-auditor")
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := audit.CheckOnshore(ctx, conn.Client, rep, known); err != nil {
		return exitCode(audit.ExitIO, err)
	}
	return nil
}

func newAuditExportCmd() *cobra.Command {
	var src auditSourceFlags
	var out string
	cmd := &cobra.Command{
		Use:   "export --rpc URL --registry ADDR --out FILE [--vk DIR] [--from-block N]",
		Short: "Write the evidence of every disclosure to a bundle that verifies offline",
		Long: `export reads, from a node, everything rwabridge audit verify checks and writes
it to one versioned JSON bundle: chain id, registry, its initial accumulator,
each pool's verifier with its vkHash() and its verifying key as the contract
returns it (verifyingKey(): 40 words; with --vk, also the key file's key when
its hash matches), the committee history (CommitteeSet logs), the
pools' verifier history (PoolConfigured logs) and, per disclosure, the
transaction hash, block, sender, recipient, calldata, signed raw transaction,
the DisclosureAccepted log and the decoded values.

rwabridge audit verify --bundle FILE then checks it with no network and no
key file at all, with the same checks and exit codes. export judges nothing: it exits 0 once
the bundle is written, 1 when the chain or the file can not be used, 2 on
usage errors.`,
		Example: `  rwabridge audit export --rpc http://127.0.0.1:8545 --registry 0x5FbD… --out evidence.json
  rwabridge audit export --rpc http://127.0.0.1:8545 --registry 0x5FbD… --vk /tmp/keys --out evidence.json
  rwabridge audit verify --bundle evidence.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if src.rpc == "" || src.registry == "" || out == "" {
				return errors.New("missing --rpc, --registry or --out: e.g. --rpc http://127.0.0.1:8545 --registry 0x… --out evidence.json")
			}
			key, err := src.loadKey(cmd)
			if err != nil {
				return err
			}
			e, err := src.collect(cmd.Context(), key)
			if err != nil {
				return err
			}
			if key != nil && !e.CarriesKey() {
				fmt.Fprintf(cmd.ErrOrStderr(), "warning: no verifier of the registry pins the key %s (hash %s); the bundle carries no key\n", src.vk, key.meta.VKHash)
			}
			if err := e.WriteFile(out); err != nil {
				return exitCode(audit.ExitIO, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: chain %s, registry %s, %d disclosures, %d committees, %d verifiers\n",
				out, e.ChainID.ToInt(), e.Registry, len(e.Disclosures), len(e.Committees), len(e.Verifiers))
			return nil
		},
	}
	src.add(cmd)
	cmd.Flags().StringVar(&out, "out", "", "bundle file to write")
	return cmd
}

func readEvidence(path string) (*audit.Evidence, error) {
	e, err := audit.ReadFile(path)
	if err != nil {
		_, code := audit.ClassName(err)
		return nil, exitCode(code, fmt.Errorf("%s: %w", path, err))
	}
	return e, nil
}
